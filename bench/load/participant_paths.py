"""Reads caseload pages (JSON, one per argument file) and writes the request paths the load test rotates through.

usage: participant_paths.py page|search PAGE.json... > paths.txt
  page    /api/v1/participants/{id} for every participant listed
  search  /api/v1/participants/search?q={code} for every participant listed (codes are exact-match search terms)
"""
import json
import sys
import urllib.parse


def main() -> None:
    kind, files = sys.argv[1], sys.argv[2:]
    for name in files:
        with open(name, encoding="utf-8") as f:
            for item in json.load(f)["items"]:
                if kind == "page":
                    print(f"/api/v1/participants/{item['id']}")
                else:
                    print(f"/api/v1/participants/search?q={urllib.parse.quote(item['code'])}")


if __name__ == "__main__":
    main()
