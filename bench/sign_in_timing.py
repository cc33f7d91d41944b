#!/usr/bin/python3
"""Times the two sign-in forms for an unknown email and a real account (wrong and right password), interleaved.

usage: sign_in_timing.py BASE_URL REAL_EMAIL RIGHT_PASSWORD [ROUNDS]
Prints the median and 90th percentile of each form per case. Standard library only (Debian's python3).
"""
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def browser():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())


def post_form(opener, base, path, fields):
    """GETs the form for its anti-forgery token (not timed), then times the POST alone: (ms, status, location)."""
    page = opener.open(base + path).read().decode()
    fields = dict(fields, __RequestVerificationToken=TOKEN.search(page).group(1))
    data = urllib.parse.urlencode(fields).encode()
    start = time.perf_counter()
    try:
        response = opener.open(base + path, data)
        status, location = response.status, response.headers.get("Location")
        response.read()
    except urllib.error.HTTPError as e:
        status, location = e.code, e.headers.get("Location")
        e.read()
    return (time.perf_counter() - start) * 1000, status, location


def attempt(base, email, password):
    opener = browser()
    ms_password, status, location = post_form(opener, base, "/Account/Login", {"Input.Email": email, "Input.Password": password})
    if status == 429:
        sys.exit("429 from the app: start it with higher Offramp:RateLimits (bench/sign-in-timing.sh does)")
    if status != 302 or "LoginWith2fa" not in (location or ""):
        return ms_password, None
    ms_code, _, _ = post_form(opener, base, location, {"Code": "000000"})
    return ms_password, ms_code


def main():
    base, real, right = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 200
    cases = {
        "unknown email": lambda: (f"nobody.{uuid.uuid4().hex}@example.org", "wrong password 123"),
        "real account, wrong password": lambda: (real, "wrong password 123"),
        "real account, right password": lambda: (real, right),
    }
    timings = {name: ([], []) for name in cases}
    for name, make in cases.items():  # warm-up: JIT, connection pools, the dummy hash
        attempt(base, *make())
    for _ in range(rounds):
        for name, make in cases.items():
            ms_password, ms_code = attempt(base, *make())
            timings[name][0].append(ms_password)
            if ms_code is not None:
                timings[name][1].append(ms_code)

    def summary(values):
        if not values:
            return "(not reached)"
        q = statistics.quantiles(values, n=10)
        return f"median {statistics.median(values):6.1f} ms  p90 {q[8]:6.1f} ms  (n={len(values)})"

    print(f"{rounds} sign-ins per case against {base}; code step always with a wrong code")
    for name, (password, code) in timings.items():
        print(f"  {name:30s} password form: {summary(password)}")
        print(f"  {'':30s} code form:     {summary(code)}")


if __name__ == "__main__":
    main()
