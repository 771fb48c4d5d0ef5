#!/usr/bin/env python3
"""The desk in a browser, end to end, in Debian's Chromium driven by Selenium.

Started by the Swift test `BrowserDeskTests` (Tests/EndToEndTests), which runs the real
`sop serve` over a fresh store and passes, in the environment:

  SOP_SERVE_URL          http://127.0.0.1:PORT of the running server
  SOP_DB                 the server's SQLite store (read only here, to prove nothing was written)
  SOP_OPERATOR_A/_PIN_A  the resepsionis of SOP 01 (steps 1 and 2)
  SOP_OPERATOR_B/_PIN_B  the staf-pengaduan of SOP 01 (steps 3 to 6)
  SOP_OPERATOR_C/_PIN_C  a head of unit (pimpinan of SOP 01, read only): the unit's cases
                         (/kasus-unit) at desk and phone width; left out when not given
  SOP_SCREENSHOTS        folder for the screenshots (default: a new temporary folder)
  SOP_BROWSER_LIVE       1 (default): the handed-off step must appear in B's worklist without a
                         reload (server-sent events); 0: it is checked after a reload
  CHROMIUM, CHROMEDRIVER the browser and its driver (default: found on PATH)

Runs by hand the same way against any server. Exit 0 when every check held, 1 with the
failed check otherwise. Each check prints one line.
"""

import base64
import http.cookiejar
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE = os.environ.get("SOP_SERVE_URL", "http://127.0.0.1:8080").rstrip("/")
STORE = os.environ.get("SOP_DB")
A_NAME, A_PIN = os.environ.get("SOP_OPERATOR_A", "budi"), os.environ.get("SOP_PIN_A", "rahasia-budi")
B_NAME, B_PIN = os.environ.get("SOP_OPERATOR_B", "citra"), os.environ.get("SOP_PIN_B", "rahasia-citra")
C_NAME, C_PIN = os.environ.get("SOP_OPERATOR_C"), os.environ.get("SOP_PIN_C")
SHOTS = os.environ.get("SOP_SCREENSHOTS") or tempfile.mkdtemp(prefix="sop-browser-shots-")
LIVE = os.environ.get("SOP_BROWSER_LIVE", "1") != "0"
WAIT = 10

# A complainant whose name and request try to break out of the HTML: shown as text everywhere.
HOSTILE_NAME = "<script>alert(\"nama\")</script> Siti \"Ani\" O'Brien"
HOSTILE_REQUEST = "Izin usaha & <img src=x onerror=alert('maksud')> 'kutip'"
BAD_NIK, GOOD_NIK = "3573014101900", "3573014101900001"
PHONE = "0812 3456 7890"
SIZES = [("desk", 1366, 768, False), ("phone", 390, 844, True)]

failures = []
shots = []


def check(condition, what, detail=""):
    """One check: prints ok/FAIL; a failure stops the scenario (later steps depend on it)."""
    if condition:
        print(f"ok   {what}")
        return
    print(f"FAIL {what}{': ' + detail if detail else ''}")
    failures.append(what)
    raise AssertionError(what)


def note(text):
    print(f"note {text}")


# ---------------------------------------------------------------- the browser

def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--lang=id-ID", "--window-size=1366,768", "--font-render-hinting=none"):
        options.add_argument(argument)
    # The desk speaks the browser's language: this test reads the Bahasa pages.
    options.add_experimental_option("prefs", {"intl.accept_languages": "id-ID,id"})
    options.binary_location = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver_path = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(30)
    driver.execute_cdp_cmd("Network.enable", {})
    return driver


def document_status(driver):
    """The HTTP status of the last page the browser loaded (from the performance log)."""
    status = None
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.responseReceived" and message["params"].get("type") == "Document":
            status = message["params"]["response"]["status"]
    return status


console_seen = []


def console_problems(driver, page):
    """Console messages of the app's own pages: a CSP violation or a script error is a failure."""
    problems = []
    for entry in driver.get_log("browser"):
        text = entry.get("message", "")
        console_seen.append((page, entry.get("level"), text))
        if "Content Security Policy" in text or entry.get("level") == "SEVERE" and "favicon" not in text \
                and not re.search(r"status of (4\d\d|5\d\d)", text):
            problems.append(text)
    return problems


def no_alert(driver, page):
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        check(False, f"{page}: no script from the complainant's data runs", f"alert shown: {text!r}")
    except NoAlertPresentException:
        pass


def page_checks(driver, page):
    """On every page: no alert, only the app's own scripts, nothing injected, accessible basics,
    no CSP violation in the console."""
    no_alert(driver, page)
    report = driver.execute_script("""
        const out = {scripts: [], injected: 0, unlabelled: [], lang: document.documentElement.lang,
                     title: document.title, h1: document.querySelectorAll('h1').length, noalt: 0};
        for (const s of document.querySelectorAll('script')) out.scripts.push(s.getAttribute('src') || '(inline)');
        out.injected = document.querySelectorAll('img[src="x"], [onerror], [onclick], [onload]').length;
        for (const el of document.querySelectorAll('input, select, textarea')) {
          if (el.type === 'hidden' || el.type === 'submit' || el.type === 'button') continue;
          const labelled = el.labels && el.labels.length > 0 || el.getAttribute('aria-label')
            || el.getAttribute('aria-labelledby');
          if (!labelled) out.unlabelled.push(el.name || el.id || el.outerHTML.slice(0, 60));
        }
        out.noalt = document.querySelectorAll('img:not([alt])').length;
        return out;""")
    inline = [s for s in report["scripts"] if not s.startswith("/static/")]
    check(not inline, f"{page}: only the app's own scripts (/static/…)", f"scripts: {report['scripts']}")
    check(report["injected"] == 0, f"{page}: no element or handler made from the complainant's data")
    check(report["lang"] in ("id", "en"), f"{page}: <html lang> is set", repr(report["lang"]))
    check(bool(report["title"].strip()), f"{page}: the page has a title")
    check(report["h1"] >= 1, f"{page}: the page has a heading (h1)")
    check(not report["unlabelled"], f"{page}: every field has a label", f"{report['unlabelled']}")
    check(report["noalt"] == 0, f"{page}: every image has alt text")
    problems = console_problems(driver, page)
    check(not problems, f"{page}: no CSP violation or script error in the console", "; ".join(problems))


def shoot(driver, name, allow_wide=False):
    """Screenshots at desk and phone widths (full page), and no sideways scrolling on a phone."""
    for label, width, height, mobile in SIZES:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
        time.sleep(0.2)
        metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
        content = metrics.get("cssContentSize") or metrics["contentSize"]
        full_height = min(int(content["height"]) + 1, 4000)
        # Against the emulated width, not window.innerWidth: on a phone a page wider than the
        # screen is zoomed out to fit, which widens innerWidth with it (and hid /kasus-unit's table).
        wide = driver.execute_script("return document.documentElement.scrollWidth") - width
        data = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": max(full_height, height), "scale": 1}})
        path = os.path.join(SHOTS, f"{name}-{label}.png")
        with open(path, "wb") as file:
            file.write(base64.b64decode(data["data"]))
        shots.append(path)
        if label == "phone":
            if allow_wide:
                if wide > 0:
                    note(f"{name}: {wide} px wider than a phone (a printed page)")
            else:
                check(wide <= 0, f"{name}: fits a phone's width (390 px) without scrolling sideways",
                      f"{wide} px too wide")
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def words_kept_whole(driver, page):
    """At 1280 px the worklist's Peran cells keep each word on one line (no "Resepsionis" broken
    mid-word), and at 390 px the header's "Ganti PIN" link stays on one line."""
    sizes = [(1280, 800, False, 'td[data-label="Peran"], td[data-label="Role"]', "the role column keeps its words whole at 1280 px"),
             (390, 844, True, "#ganti-pin-tautan", "the header's 'Ganti PIN' stays on one line at 390 px")]
    for width, height, mobile, selector, what in sizes:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
        time.sleep(0.2)
        broken = driver.execute_script("""
            const broken = [];
            for (const element of document.querySelectorAll(arguments[0])) {
              const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
              const whole = arguments[1];
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent;
                const parts = whole ? [[0, text.length]] : [...text.matchAll(/\\S+/g)].map(m => [m.index, m.index + m[0].length]);
                for (const [start, end] of parts) {
                  if (start === end || !text.slice(start, end).trim()) continue;
                  const range = document.createRange();
                  range.setStart(node, start); range.setEnd(node, end);
                  const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                  if (tops.size > 1) broken.push(text.slice(start, end).trim());
                }
              }
            }
            return broken;""", selector, selector.startswith("#"))
        check(driver.find_elements(By.CSS_SELECTOR, selector) != [] and not broken, f"{page}: {what}", str(broken))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# ---------------------------------------------------------------- HTTP outside the page

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def forged_post(path, fields, cookie=None):
    """A POST built by hand, outside any page: returns (status, body)."""
    data = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(BASE + path, data=data, method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    if cookie:
        request.add_header("Cookie", cookie)
    opener = urllib.request.build_opener(NoRedirect())
    try:
        with opener.open(request, timeout=15) as response:
            return response.status, response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def plain_get(path, cookie=None):
    request = urllib.request.Request(BASE + path)
    if cookie:
        request.add_header("Cookie", cookie)
    opener = urllib.request.build_opener(NoRedirect())
    try:
        with opener.open(request, timeout=15) as response:
            return response.status, dict(response.headers), response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode(errors="replace")


def session_cookie(driver):
    cookies = {c["name"]: c for c in driver.get_cookies()}
    check("sop_sesi" in cookies, "the session is in the cookie sop_sesi", f"cookies: {sorted(cookies)}")
    cookie = cookies["sop_sesi"]
    check(cookie.get("httpOnly") is True, "sop_sesi is HttpOnly")
    check(cookie.get("sameSite") == "Strict", "sop_sesi is SameSite=Strict", str(cookie.get("sameSite")))
    check(driver.execute_script("return document.cookie").find("sop_sesi") < 0,
          "the page's scripts cannot read sop_sesi")
    return f"sop_sesi={cookie['value']}"


def store_counts():
    """Events and cases in the store, read straight from the SQLite file (nothing goes through the app)."""
    if not STORE or STORE.startswith("postgres"):
        return None
    with sqlite3.connect(f"file:{STORE}?mode=ro", uri=True) as database:
        events = database.execute("SELECT count(*) FROM case_event").fetchone()[0]
        cases = database.execute("SELECT count(*) FROM sop_case").fetchone()[0]
    return events, cases


# ---------------------------------------------------------------- the desk

def login(driver, name, pin, shots_name=None):
    driver.get(BASE + "/masuk")
    form = driver.find_element(By.CSS_SELECTOR, "form#masuk")
    if shots_name:
        page_checks(driver, "login page")
        shoot(driver, shots_name)
    form.find_element(By.NAME, "nama").send_keys(name)
    form.find_element(By.NAME, "pin").send_keys(pin)
    form.submit()
    WebDriverWait(driver, WAIT).until(lambda d: urllib.parse.urlparse(d.current_url).path == "/")
    check(driver.find_elements(By.CSS_SELECTOR, "#daftar-tugas") != [] or "daftar" in driver.page_source.lower(),
          f"{name} logs in and sees the worklist")


def wrong_login(driver):
    driver.get(BASE + "/masuk")
    form = driver.find_element(By.CSS_SELECTOR, "form#masuk")
    form.find_element(By.NAME, "nama").send_keys(A_NAME)
    form.find_element(By.NAME, "pin").send_keys("salah-sekali")
    form.submit()
    WebDriverWait(driver, WAIT).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".galat"))
    check(urllib.parse.urlparse(driver.current_url).path == "/masuk", "a wrong PIN stays on /masuk")
    check(driver.find_element(By.CSS_SELECTOR, ".galat").is_displayed(), "a wrong PIN says so (.galat)")
    check("salah-sekali" not in driver.page_source, "the wrong PIN is not echoed back")


def start_case(driver):
    driver.get(BASE + "/sop")
    page_checks(driver, "SOP list")
    start = driver.find_element(By.CSS_SELECTOR, '.mulai[data-sop="01"]')
    start.click()
    WebDriverWait(driver, WAIT).until(staleness_of(start))
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")
    path = urllib.parse.urlparse(driver.current_url).path
    if "/langkah/" not in path:
        # a.mulai may lead to a confirmation form that POSTs /sop/01/mulai
        driver.find_element(By.CSS_SELECTOR, 'form[action$="/mulai"]').submit()
    WebDriverWait(driver, WAIT).until(lambda d: "/langkah/" in urllib.parse.urlparse(d.current_url).path)
    match = re.search(r"/kasus/([^/]+)/langkah/(\w+)", urllib.parse.urlparse(driver.current_url).path)
    check(match is not None and match.group(2) == "1", "starting SOP 01 opens the step page of kegiatan 1",
          driver.current_url)
    return urllib.parse.unquote(match.group(1))


def set_field(form, name, value):
    element = form.find_element(By.NAME, name)
    tag = element.tag_name.lower()
    if tag == "select":
        Select(element).select_by_visible_text(value)
    elif element.get_attribute("type") == "radio":
        for radio in form.find_elements(By.NAME, name):
            label = radio.get_attribute("value")
            labels = [l.text for l in (radio.find_elements(By.XPATH, "ancestor::label") or [])]
            if label == value or value in labels:
                radio.click()
                return
        check(False, f"choice {value!r} offered for {name}")
    else:
        element.clear()
        element.send_keys(value)


def fill_step_one(driver, nik):
    form = driver.find_element(By.CSS_SELECTOR, "form#langkah")
    box = form.find_element(By.NAME, "k.0")
    if not box.is_selected():
        box.click()
    set_field(form, "f.nama", HOSTILE_NAME)
    set_field(form, "f.nik", nik)
    set_field(form, "f.telepon", PHONE)
    set_field(form, "f.cara_menghubungi", "Datang langsung")
    set_field(form, "f.maksud", HOSTILE_REQUEST)
    set_field(form, "o.0", "Identitas dan maksud dicatat")
    return form


def submit(driver, form):
    old = driver.find_element(By.TAG_NAME, "html")
    form.submit()
    WebDriverWait(driver, WAIT).until(staleness_of(old))
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")


def step_path(case_id, step):
    return f"/kasus/{urllib.parse.quote(case_id)}/langkah/{step}"


def answer_simple_step(driver, case_id, step, output_text=None):
    """A step without form fields: tick every kelengkapan, give every output, submit."""
    path = urllib.parse.urlparse(driver.current_url).path
    if path != step_path(case_id, step):
        driver.get(BASE + step_path(case_id, step))
    form = driver.find_element(By.CSS_SELECTOR, "form#langkah")
    for box in form.find_elements(By.CSS_SELECTOR, 'input[type="checkbox"][name^="k."]'):
        if not box.is_selected():
            box.click()
    for field in form.find_elements(By.CSS_SELECTOR, '[name^="o."]'):
        field.send_keys(output_text or f"Keluaran kegiatan {step}")
    submit(driver, form)
    status = document_status(driver)
    check(status in (200, None), f"kegiatan {step} of {case_id} is accepted", f"HTTP {status}")
    check(not driver.find_elements(By.CSS_SELECTOR, ".galat"), f"kegiatan {step}: no validation message",
          " / ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, ".galat")))


def worklist_row(driver, case_id, step):
    return driver.find_elements(By.CSS_SELECTOR, f'tr.tugas[data-kasus="{case_id}"][data-langkah="{step}"]')


def csrf_token(driver):
    fields = driver.find_elements(By.CSS_SELECTOR, 'input[name="csrf"]')
    check(fields != [], f"a page at {urllib.parse.urlparse(driver.current_url).path} carries a CSRF token")
    return fields[0].get_attribute("value")


def scenario(a, b, public):
    # -- login: a wrong PIN, then both operators
    wrong_login(a)
    login(a, A_NAME, A_PIN, shots_name="login")
    cookie_a = session_cookie(a)
    status, _, _ = plain_get("/")
    check(status in (303, 401), "the worklist without a session sends to /masuk", f"HTTP {status}")
    login(b, B_NAME, B_PIN)

    # -- the security headers on the app's pages
    status, headers, _ = plain_get("/masuk")
    csp = {k.lower(): v for k, v in headers.items()}.get("content-security-policy", "")
    check("script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp,
          "the Content-Security-Policy forbids inline script and framing", csp or "(no CSP header)")

    # -- A starts SOP 01 and makes a mistake in the NIK
    first = start_case(a)
    page_checks(a, "step page")
    for section in ("uraian", "mutu-baku", "sejauh-ini"):
        check(a.find_elements(By.CSS_SELECTOR, f"section#{section}") != [], f"the step page has section#{section}")
    form = fill_step_one(a, BAD_NIK)
    before = store_counts()
    submit(a, form)
    check(document_status(a) == 422, "a bad NIK is refused with 422")
    errors = a.find_elements(By.CSS_SELECTOR, '.galat[data-untuk="f.nik"], .galat[data-untuk="nik"]')
    check(errors != [] and errors[0].is_displayed(), "the NIK message is shown (.galat[data-untuk=nik])")
    message = errors[0].text
    check("16" in message and "NIK" in message, "the message is the terminal's own (NIK harus 16 angka…)", message)
    field = a.find_element(By.NAME, "f.nik")
    gap = abs(errors[0].rect["y"] - (field.rect["y"] + field.rect["height"])) if errors else 9999
    check(gap < 80, "the message sits next to the NIK field", f"{gap:.0f} px away")
    described = (field.get_attribute("aria-describedby") or "").split()
    check(errors[0].get_attribute("id") in described and errors[0].get_attribute("id"),
          "the NIK field points at its message (aria-describedby)", f"aria-describedby={described}")
    check(a.find_element(By.NAME, "f.nama").get_attribute("value") == HOSTILE_NAME,
          "the other answers are kept, as typed, after the refusal")
    check(a.find_element(By.NAME, "f.nik").get_attribute("value") == BAD_NIK,
          "the refused NIK comes back as typed, to be fixed (it was typed in this very form)")
    check(store_counts() == before, "the refused step wrote nothing")
    page_checks(a, "step page with an error")
    shoot(a, "langkah-galat")

    # -- B watches its worklist while A fixes the NIK and hands the case on
    b.get(BASE + "/")
    page_checks(b, "worklist (empty)")
    check(not b.find_elements(By.CSS_SELECTOR, 'nav.utama a[href="/sop"]'),
          "B, who records no SOP's first step, is not offered 'Mulai kasus'")
    check(a.find_elements(By.CSS_SELECTOR, 'nav.utama a[href="/sop"]') != [], "A, the resepsionis, is offered 'Mulai kasus'")
    icon = b.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const link = document.querySelector('link[rel="icon"]');
        if (!link) { done('no link[rel=icon]'); return; }
        const image = new Image();
        image.onload = () => done(image.naturalWidth > 0 ? 'ok' : 'empty');
        image.onerror = () => done('did not load');
        image.src = link.href;""")
    check(icon == "ok", "the page's icon (link rel=icon) loads", icon)
    b.execute_script("window.__sopNoReload = 'still here'")
    if LIVE:
        try:
            WebDriverWait(b, WAIT).until(
                lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("data-langsung") == "terhubung")
        except TimeoutException:
            check(False, "B's worklist connects to the live updates (html[data-langsung=terhubung])",
                  str(b.find_element(By.TAG_NAME, "html").get_attribute("data-langsung")))
    form = a.find_element(By.CSS_SELECTOR, "form#langkah")
    set_field(form, "f.nik", GOOD_NIK)
    set_field(form, "f.telepon", PHONE)
    submit(a, form)
    check(not a.find_elements(By.CSS_SELECTOR, ".galat"), "with the NIK fixed, kegiatan 1 is accepted",
          " / ".join(e.text for e in a.find_elements(By.CSS_SELECTOR, ".galat")))
    check(urllib.parse.urlparse(a.current_url).path == step_path(first, 2),
          "A goes on to kegiatan 2, its own role's next step", a.current_url)
    page_checks(a, "step page, kegiatan 2")
    answer_simple_step(a, first, 2)
    check(urllib.parse.urlparse(a.current_url).path == "/", "after kegiatan 2, A is back at the worklist")
    flash = a.find_element(By.TAG_NAME, "body").text
    check("diserahkan" in flash.lower(), "A is told the case was handed on (diserahkan ke …)", flash[:200])

    # -- B sees kegiatan 3 appear
    if LIVE:
        try:
            WebDriverWait(b, WAIT).until(lambda d: worklist_row(d, first, 3))
        except TimeoutException:
            check(False, "B's worklist shows kegiatan 3 live, without a reload", "not within 10 s")
        check(b.execute_script("return window.__sopNoReload") == "still here",
              "B's worklist shows kegiatan 3 live, without a reload")
    else:
        note("live worklist not checked (SOP_BROWSER_LIVE=0): checked after a reload")
        b.refresh()
    check(worklist_row(b, first, 3) != [], "kegiatan 3 is in B's worklist")
    row = worklist_row(b, first, 3)[0]
    check(HOSTILE_NAME in row.text, "the case title shows the complainant's name as text", row.text)
    check(GOOD_NIK not in b.page_source and "3456 7890" not in b.page_source, "the worklist shows no NIK or phone")
    page_checks(b, "worklist")
    shoot(b, "daftar-tugas")
    words_kept_whole(b, "worklist")

    # -- A looks at the case now waiting for B's role: nothing of A's to pause, cancel or correct
    a.get(BASE + f"/kasus/{urllib.parse.quote(first)}")
    check(not a.find_elements(By.CSS_SELECTOR, "#jedakan, #batalkan"),
          "A, who holds no waiting step's role, is offered no pause or cancel")
    offered = [o.get_attribute("value") for o in a.find_elements(By.CSS_SELECTOR, "select#k-butir option")]
    check(offered and all(v == "" or v.split("\t")[0] in ("1", "2") for v in offered),
          "A's correction list offers only the answers of A's own steps", str(offered[:4]))
    page_checks(a, "timeline, another role's turn")
    shoot(a, "linimasa-peran-lain")

    # -- B works kegiatan 3 to 6
    row.find_element(By.CSS_SELECTOR, "a.buka").click()
    WebDriverWait(b, WAIT).until(lambda d: urllib.parse.urlparse(d.current_url).path == step_path(first, 3))
    so_far = b.find_element(By.CSS_SELECTOR, "section#sejauh-ini").text
    check(HOSTILE_NAME in so_far, "the case so far shows the name as text")
    check(GOOD_NIK not in so_far and "•" in so_far, "the case so far masks the NIK and phone", so_far[:300])
    page_checks(b, "step page, kegiatan 3")
    shoot(b, "langkah")
    for step in (3, 4, 5, 6):
        answer_simple_step(b, first, step)
    b.get(BASE + f"/kasus/{urllib.parse.quote(first)}")
    check(b.find_elements(By.CSS_SELECTOR, "ol#linimasa li") != [], "the timeline lists the case's events")
    timeline = b.find_element(By.CSS_SELECTOR, "ol#linimasa").text
    check(GOOD_NIK not in b.page_source, "the timeline masks the NIK")
    check("6" in timeline, "the timeline reaches kegiatan 6")
    marker = b.execute_script("return getComputedStyle(document.querySelector('ol#linimasa li')).listStyleType")
    first_item = b.find_element(By.CSS_SELECTOR, "ol#linimasa li").text
    check(marker == "none" and re.match(r"^1 ", first_item) is not None,
          "the timeline numbers each step once, by its own number", f"list-style {marker!r}, item {first_item[:30]!r}")
    page_checks(b, "timeline")
    shoot(b, "linimasa")

    # -- the receipt, printed
    b.find_element(By.CSS_SELECTOR, "a#tanda-terima").click()
    WebDriverWait(b, WAIT).until(lambda d: "/tanda-terima" in d.current_url)
    check(document_status(b) == 200, "the receipt page opens")
    text = b.find_element(By.TAG_NAME, "body").text
    codes = re.findall(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}\b", text)
    check(codes != [], "the receipt carries a tracking code", text[:300])
    tracking = codes[0]
    check(GOOD_NIK not in b.page_source, "the receipt masks the NIK")
    page_checks(b, "receipt")
    shoot(b, "tanda-terima", allow_wide=True)
    pdf = base64.b64decode(b.print_page())
    receipt_pdf = os.path.join(SHOTS, "tanda-terima.pdf")
    with open(receipt_pdf, "wb") as file:
        file.write(pdf)
    check(pdf.startswith(b"%PDF") and len(pdf) > 2000, "the receipt prints (PDF from the browser)", receipt_pdf)

    # -- the complainant looks it up, with no login
    public.get(BASE + "/status")
    page_checks(public, "status page")
    form = public.find_element(By.CSS_SELECTOR, "form#cek-status")
    form.find_element(By.NAME, "kode").send_keys(tracking.lower().replace("-", ""))
    submit(public, form)
    check("kode" not in urllib.parse.urlparse(public.current_url).query and tracking not in public.current_url,
          "the tracking code never goes into a URL", public.current_url)
    result = public.find_elements(By.CSS_SELECTOR, "section#hasil-status")
    check(result != [], "the status page shows the case (section#hasil-status)")
    shown = result[0].text
    check("Pelayanan Pengaduan Langsung" in shown, "the status names the service", shown[:300])
    source = public.page_source
    for private in ("Siti", "O'Brien", "O&#39;Brien", GOOD_NIK, "3456", A_NAME, B_NAME, first, "Izin usaha"):
        check(private not in source, f"the public status page does not show {private!r}")
    page_checks(public, "status page with a result")
    shoot(public, "status")
    return first, cookie_a


def forged(a, b, cookie_a):
    """Requests built by hand, outside the pages: the server checks roles and CSRF itself."""
    a.get(BASE + "/sop")
    shoot(a, "sop")
    second = start_case(a)
    form = fill_step_one(a, GOOD_NIK)
    submit(a, form)
    answer_simple_step(a, second, 2)
    b.get(BASE + "/")
    check(worklist_row(b, second, 3) != [], "a second case waits at kegiatan 3 for B")
    a.get(BASE + "/")
    token_a = csrf_token(a)
    token_b = csrf_token(b)
    cookie_b = session_cookie(b)
    answer = {"k.0": "ada", "o.0": "analisis palsu", "catatan": "dipalsukan"}

    # A's browser asks for B's step: refused
    a.get(BASE + step_path(second, 3))
    check(document_status(a) == 403, "A opening kegiatan 3 (a role A does not hold) is refused with 403")
    refusal = a.find_element(By.CSS_SELECTOR, "main").text
    check("adalah giliran peran 'Staf layanan pengaduan', bukan peran Anda." in refusal,
          "the refusal names the role needed, by the SOP's name for it", refusal[:200])
    page_checks(a, "refusal page")
    shoot(a, "tolak")

    before = store_counts()
    status, body = forged_post(step_path(second, 3), dict(answer, csrf=token_a), cookie_a)
    check(status == 403, "a forged POST of kegiatan 3 by A (valid session and CSRF, role not held) gets 403",
          f"HTTP {status}")
    check(store_counts() == before, "… and nothing is written", f"{before} -> {store_counts()}")

    status, _ = forged_post("/sop/01/mulai", {}, cookie_a)
    check(status == 403, "a POST without CSRF token gets 403", f"HTTP {status}")
    status, _ = forged_post("/sop/01/mulai", {"csrf": "0" * 43}, cookie_a)
    check(status == 403, "a POST with a made-up CSRF token gets 403", f"HTTP {status}")
    status, _ = forged_post(step_path(second, 3), dict(answer, csrf=token_a), cookie_b)
    check(status == 403, "B's session with A's CSRF token gets 403", f"HTTP {status}")
    status, _ = forged_post(step_path(second, 3), dict(answer, csrf=token_b))
    check(status in (401, 403, 303), "a POST without a session is refused", f"HTTP {status}")
    check(store_counts() == before, "none of the refused POSTs wrote anything", f"{before} -> {store_counts()}")
    b.get(BASE + "/")
    check(worklist_row(b, second, 3) != [], "kegiatan 3 still waits for B")
    for page in ("jeda", "batal"):
        b.get(BASE + f"/kasus/{urllib.parse.quote(second)}/{page}")
        check(document_status(b) == 200, f"B, whose step waits, may open the {page} confirmation")
        page_checks(b, f"{page} confirmation")
        shoot(b, page)


def document_pages(driver, completed_case):
    """The SOP document (sop render) and the report (sop report), as a logged-in operator."""
    status, _, _ = plain_get("/sop/01/dokumen")
    check(status in (303, 401), "the SOP document needs a login", f"HTTP {status}")
    driver.get(BASE + "/sop/01/dokumen")
    check(document_status(driver) == 200, "the SOP document opens (/sop/01/dokumen)")
    check(driver.find_elements(By.CSS_SELECTOR, "table.activities") != [], "… with the activity table of sop render")
    check("Pelayanan Pengaduan Langsung" in driver.title, "… titled with the SOP", driver.title)
    page_checks(driver, "SOP document")
    shoot(driver, "dokumen", allow_wide=True)
    driver.get(BASE + "/sop/99/dokumen")
    check(document_status(driver) == 404, "an SOP that does not exist is 404")
    console_problems(driver, "404 page")

    driver.get(BASE + "/laporan")
    check(document_status(driver) == 200, "the report opens (/laporan)")
    text = driver.find_element(By.TAG_NAME, "body").text
    check("SOP 01" in text, "… with SOP 01's section", text[:300])
    check(driver.find_elements(By.CSS_SELECTOR, "svg") != [], "… and its chart")
    check(GOOD_NIK not in driver.page_source and "Siti" not in driver.page_source, "the report shows no personal data")
    page_checks(driver, "report")
    shoot(driver, "laporan", allow_wide=True)
    form = driver.find_element(By.CSS_SELECTOR, "form#periode")
    driver.execute_script("arguments[0].type = 'text'", form.find_element(By.NAME, "dari"))
    set_field(form, "dari", "2026-02-30")
    submit(driver, form)
    check(document_status(driver) == 422, "a day that does not exist is refused with 422")
    errors = driver.find_elements(By.CSS_SELECTOR, '.galat[data-untuk="dari"]')
    check(errors != [] and "2026-02-30" in errors[0].text, "… and said next to the field", driver.page_source[:300])
    page_checks(driver, "report with a bad period")
    driver.get(BASE + "/laporan?dari=2000-01-01&sampai=2000-01-31")
    check("SOP 01" not in driver.find_element(By.TAG_NAME, "body").text, "a period without cases shows none")


def csp_blocks_inline(driver):
    """The CSP is in force: a script element added to the page by hand does not run."""
    driver.get(BASE + "/status")
    driver.get_log("browser")
    driver.execute_script("""
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.body.appendChild(s);""")
    time.sleep(0.3)
    check(driver.execute_script("return window.__inlineRan === true") is False,
          "the CSP stops an inline script added to a page")
    logged = [e["message"] for e in driver.get_log("browser")]
    check(any("Content Security Policy" in m for m in logged), "… and the browser reports the violation", str(logged))


def find_and_return(a, b, public, first):
    """The worklist's box finds a case by NIK by POST (the NIK never in a URL); a step link opened
    while logged out leads back to it after the login; a form sent after another desk finished its
    step gets the 409 page that keeps what was typed and says who finished it."""
    # -- find the case by the complainant's NIK
    a.get(BASE + "/")
    box = a.find_element(By.CSS_SELECTOR, "form#cari-kasus")
    check(box.get_attribute("method").lower() == "post", "the worklist's find box posts (nothing typed goes into a URL)")
    box.find_element(By.NAME, "nomor").send_keys(GOOD_NIK)
    submit(a, box)
    check(GOOD_NIK not in a.current_url and urllib.parse.urlparse(a.current_url).path == "/cari-kasus",
          "a NIK typed into the find box stays out of the URL", a.current_url)
    rows = a.find_elements(By.CSS_SELECTOR, f'#daftar-kasus tr.kasus[data-kasus="{first}"]')
    check(rows != [], "the NIK finds the case, linked to its timeline")
    check(GOOD_NIK not in a.page_source, "the results do not repeat the NIK")
    page_checks(a, "find a case")
    shoot(a, "cari-kasus")

    # -- my cases: the navigation's link lists the case A started, linked to its timeline
    a.find_element(By.CSS_SELECTOR, 'nav.utama a[href="/kasus-saya"]').click()
    WebDriverWait(a, WAIT).until(lambda d: urllib.parse.urlparse(d.current_url).path == "/kasus-saya")
    mine = a.find_elements(By.CSS_SELECTOR, f'#daftar-kasus tr.kasus[data-kasus="{first}"] a[href="/kasus/{first}"]')
    check(mine != [], "Kasus saya lists the case A started, linked to its timeline")
    page_checks(a, "my cases")
    shoot(a, "kasus-saya")

    # -- a step link opened while logged out: back to it after the login
    second = start_case(a)
    path = step_path(second, 1)
    public.delete_all_cookies()
    public.get(BASE + path)
    check(urllib.parse.urlparse(public.current_url).path == "/masuk", "a step link opened while logged out asks for a login")
    form = public.find_element(By.CSS_SELECTOR, "form#masuk")
    form.find_element(By.NAME, "nama").send_keys(A_NAME)
    form.find_element(By.NAME, "pin").send_keys(A_PIN)
    form.submit()
    WebDriverWait(public, WAIT).until(lambda d: urllib.parse.urlparse(d.current_url).path != "/masuk")
    check(urllib.parse.urlparse(public.current_url).path == path, "after the login the same step opens", public.current_url)

    # -- the same step answered in the other window first: this one gets the 409 page
    form = fill_step_one(a, GOOD_NIK)
    set_field(form, "catatan", "catatan yang diketik di meja A")
    done = fill_step_one(public, GOOD_NIK)
    submit(public, done)
    check(not public.find_elements(By.CSS_SELECTOR, ".galat"), "the other window answers kegiatan 1")
    submit(a, form)
    check(document_status(a) == 409, "the form sent after the step was finished is refused with 409")
    body = a.find_element(By.TAG_NAME, "body").text
    check("sudah diselesaikan oleh" in body and A_NAME in body, "the 409 page says who finished the step", body[:300])
    kept = a.find_elements(By.CSS_SELECTOR, "#yang-diketik textarea")
    check(any("catatan yang diketik di meja A" in (t.get_attribute("value") or t.text) for t in kept),
          "the 409 page keeps the note that was typed")
    check(GOOD_NIK not in a.page_source, "the 409 page masks the NIK")
    page_checks(a, "409 page")
    shoot(a, "kasus-berubah-409")
    public.get(BASE + "/")
    public.find_element(By.CSS_SELECTOR, "form.keluar").submit()


def unit_cases(driver, first):
    """The head of unit (pimpinan) reads the unit's cases: every case of SOP 01 listed and linked,
    at desk width a table, at phone width one card per case that fits the screen."""
    if not C_NAME or not C_PIN:
        note("the unit's cases (/kasus-unit) not checked: SOP_OPERATOR_C and SOP_PIN_C not given")
        return
    driver.delete_all_cookies()
    login(driver, C_NAME, C_PIN)
    driver.find_element(By.CSS_SELECTOR, 'a[href="/kasus-unit"]').click()
    WebDriverWait(driver, WAIT).until(lambda d: urllib.parse.urlparse(d.current_url).path == "/kasus-unit")
    check(document_status(driver) == 200, "the head of unit opens the unit's cases (/kasus-unit)")
    driver.get(BASE + "/kasus-unit?tampil=semua")
    rows = driver.find_elements(By.CSS_SELECTOR, "table#kasus-unit tr.kasus")
    check(len(rows) >= 3, "the unit's cases list every case of SOP 01 (tampil=semua)", f"{len(rows)} rows")
    linked = driver.find_elements(By.CSS_SELECTOR, f'table#kasus-unit tr.kasus[data-kasus="{first}"] a[href="/kasus/{first}"]')
    check(linked != [], "the finished case is listed, linked to its timeline")
    check(GOOD_NIK not in driver.page_source and "3456 7890" not in driver.page_source, "the unit's cases show no NIK or phone")
    page_checks(driver, "unit's cases")
    shoot(driver, "kasus-unit")
    # At a phone's width each case is a card: no header row, the row's cells one under the other.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    time.sleep(0.2)
    layout = driver.execute_script("""
        const table = document.querySelector('table#kasus-unit');
        const row = table.querySelector('tr.kasus');
        const cells = [...row.querySelectorAll('td')].map(td => td.getBoundingClientRect());
        return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
                table: table.getBoundingClientRect().right, head: getComputedStyle(table.querySelector('thead')).display,
                stacked: cells.every((r, i) => i === 0 || r.top >= cells[i - 1].bottom - 1)};""")
    check(layout["scroll"] <= 390 and layout["inner"] <= 390 and layout["table"] <= 390,
          "at 390 px the unit's cases fit the screen (scrollWidth within the viewport)", str(layout))
    check(layout["head"] == "none" and layout["stacked"], "… as one card per case, its cells one under the other", str(layout))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def main():
    os.makedirs(SHOTS, exist_ok=True)
    print(f"server {BASE}, screenshots in {SHOTS}")
    a, b, public = browser(), browser(), browser()
    try:
        first, cookie_a = scenario(a, b, public)
        find_and_return(a, b, public, first)
        forged(a, b, cookie_a)
        document_pages(b, first)
        unit_cases(public, first)
        csp_blocks_inline(public)
    except AssertionError:
        pass
    except Exception as error:  # a missing element or a timeout: say where, fail
        failures.append(repr(error))
        print(f"FAIL {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''} at {a.current_url}")
    finally:
        for driver in (a, b, public):
            driver.quit()
    for path in shots:
        print(f"screenshot {path}")
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("all checks held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
