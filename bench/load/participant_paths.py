"""Reads caseload pages (JSON, one per argument file) and writes the request paths the load test rotates through.

usage: participant_paths.py page|search|ui-page|ui-search PAGE.json... > paths.txt
  page       /api/v1/participants/{id} for every participant listed
  search     /api/v1/participants/search?q={code} for every participant listed (codes are exact-match search terms)
  ui-page    /Participants/Details/{id}, the participant's page in the web app
  ui-search  /Participants/Search?q={code}, the web app's search page
"""
import json
import sys
import urllib.parse


PATTERNS = {
    "page": "/api/v1/participants/{id}",
    "search": "/api/v1/participants/search?q={code}",
    "ui-page": "/Participants/Details/{id}",
    "ui-search": "/Participants/Search?q={code}",
}


def main() -> None:
    kind, files = sys.argv[1], sys.argv[2:]
    for name in files:
        with open(name, encoding="utf-8") as f:
            for item in json.load(f)["items"]:
                print(PATTERNS[kind].format(id=item["id"], code=urllib.parse.quote(item["code"])))


if __name__ == "__main__":
    main()
