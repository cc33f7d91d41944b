"""Signs a demo account in through the real pages (password form, then the TOTP form, anti-forgery tokens read from
each form, as a browser would) and prints the Cookie header value that wrk then sends with every page request.

usage: page_signin.py BASE_URL EMAIL PASSWORD TOTP_CODE
"""
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request

TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def main() -> None:
    base, email, password, code = sys.argv[1:5]
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

    def form_token(path: str) -> str:
        with opener.open(base + path) as response:
            match = TOKEN.search(response.read().decode("utf-8"))
        if not match:
            sys.exit(f"{path} has no anti-forgery token")
        return match.group(1)

    def post(path: str, fields: dict) -> str:
        fields["__RequestVerificationToken"] = form_token(path)
        data = urllib.parse.urlencode(fields).encode()
        try:
            opener.open(base + path, data)
        except urllib.error.HTTPError as answer:
            if answer.code == 302:
                return answer.headers["Location"]
            raise
        sys.exit(f"POST {path} did not redirect: the form was shown again")

    second_step = post("/Account/Login", {"Input.Email": email, "Input.Password": password})
    home = post(second_step, {"Code": code})
    if home != "/":
        sys.exit(f"the code was not accepted (sent to {home})")
    print("; ".join(f"{c.name}={c.value}" for c in jar))


if __name__ == "__main__":
    main()
