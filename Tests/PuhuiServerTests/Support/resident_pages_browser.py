"""The residents' pages in a real browser: Debian's headless Chromium driven by Selenium at phone
width (390 px), in Chinese and in English, with JavaScript on (the "use my location" button, the
browser's geolocation set to a point in 崇川区) and off (a plain form). Every page is checked with
axe-core (axe-selenium-python): no serious or critical violation. A badge is printed with its QR
code (`puhui badge print --format png`, and the HTML printout rendered by Chromium), zbarimg reads
the code back, and the browser opens what it read: the check page must say the code is genuine.

usage: resident_pages_browser.py PUHUI_BINARY SCREENSHOT_FOLDER
Ends with "N passed, M failed"; exit status 1 on any failure.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BADGE = "NTC-2025-00031-L"
WIDTH, HEIGHT = 390, 844
PASSED, FAILED = [], []


def check(condition, what):
    (PASSED if condition else FAILED).append(what)
    print(("ok: " if condition else "FAILED: ") + what, flush=True)
    return condition


def run(puhui, *arguments, env):
    done = subprocess.run([puhui, *arguments], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"puhui {' '.join(arguments)}: {done.returncode}\n{done.stderr}")
    return done.stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def zbar(path):
    done = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", path], capture_output=True, text=True)
    return done.stdout.strip()


def v1_ids(base, query):
    with urllib.request.urlopen(f"{base}/v1/outlets?{query}") as answer:
        return [hit["id"] for hit in json.load(answer)["results"]]


def browser(javascript=True):
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={WIDTH},{HEIGHT}",
                     "--hide-scrollbars", "--lang=zh-CN"]:
        options.add_argument(argument)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True})
    return driver


def screenshot(driver, folder, name):
    """The page at phone width (its first 3,200 px), as a PNG in the folder."""
    driver.execute_script("window.scrollTo(0, 0); document.querySelectorAll('.table').forEach(e => e.scrollLeft = 0)")
    height = min(3200, driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)"))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": WIDTH, "height": height, "deviceScaleFactor": 1, "mobile": True})
    driver.save_screenshot(os.path.join(folder, name + ".png"))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True})


def audit(driver, name, lang):
    """axe-core on the page; the basics it cannot see (sizes, zoom) measured here."""
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    serious = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
    check(not serious, f"{name}: axe-core finds no serious or critical violation"
          + ("" if not serious else ": " + "; ".join(f"{v['id']} ({len(v['nodes'])})" for v in serious)))
    check(driver.execute_script("return document.documentElement.lang") == ("zh-CN" if lang == "zh" else "en"), f"{name}: lang attribute")
    small = driver.execute_script("""
        const wanted = 'button:not([hidden]), input:not([type=hidden]):not([type=checkbox]), select, summary, .field.check,'
          + ' .lang-switch, .pager a, .hit h2 a, footer.site a, .button-link';
        return [...document.querySelectorAll(wanted)].filter(e => e.offsetParent !== null)
          .map(e => [e.tagName + '.' + e.className, e.getBoundingClientRect().height]).filter(p => p[1] < 44);
    """)
    check(not small, f"{name}: touch targets at least 44 px high" + ("" if not small else f": {small[:5]}"))
    size = driver.execute_script("return parseFloat(getComputedStyle(document.body).fontSize)")
    line = driver.execute_script("const s = getComputedStyle(document.querySelector('main p, main li, main dd')); return parseFloat(s.lineHeight) / parseFloat(s.fontSize)")
    check(size >= 18 and line >= 1.3, f"{name}: text {size}px, line height {line:.2f}")
    # Text enlarged to 200% (WCAG 1.4.4): nothing is cut off sideways.
    overflow = driver.execute_script("""
        document.documentElement.style.fontSize = '250%';
        const wide = document.documentElement.scrollWidth - document.documentElement.clientWidth;
        document.documentElement.style.fontSize = '';
        return wide;
    """)
    check(overflow <= 1, f"{name}: text at 200% still fits the width (overflow {overflow}px)")


def tour(driver, base, lang, folder, qr_url):
    suffix = "?lang=en" if lang == "en" else ""
    words = {"zh": {"genuine": "二维码真实", "results": "查找结果", "mistyped": "编号抄错了"},
             "en": {"genuine": "The QR code is genuine", "results": "Search results", "mistyped": "Mistyped number"}}[lang]
    driver.get(base + "/" + suffix)
    screenshot(driver, folder, f"home-{lang}")
    audit(driver, f"home ({lang})", lang)
    # "Use my location" (JavaScript on): the browser's position fills `near`.
    driver.execute_cdp_cmd("Browser.grantPermissions", {"origin": base, "permissions": ["geolocation"]})
    driver.execute_cdp_cmd("Emulation.setGeolocationOverride", {"latitude": 32.01, "longitude": 120.86, "accuracy": 10})
    locate = driver.find_element(By.ID, "locate")
    check(locate.is_displayed(), f"home ({lang}): the location button shows with JavaScript on")
    locate.click()
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "near").get_attribute("value") != "")
    near = driver.find_element(By.ID, "near").get_attribute("value")
    check(near == "32.01000,120.86000", f"home ({lang}): location filled in as WGS-84 lat,lon ({near})")
    Select(driver.find_element(By.ID, "radius")).select_by_value("3000")
    driver.find_element(By.CSS_SELECTOR, "form.search button[type=submit]").click()
    WebDriverWait(driver, 10).until(lambda d: "/search" in d.current_url)
    check(words["results"] in driver.find_element(By.TAG_NAME, "h1").text, f"results ({lang}): the results page")
    shown = [a.get_attribute("href").split("/outlets/")[1].split("?")[0] for a in driver.find_elements(By.CSS_SELECTOR, "ol.hits h2 a")]
    expected = v1_ids(base, "near=" + urllib.parse.quote("32.01000,120.86000") + "&radius=3000")
    check(shown == expected and shown, f"results ({lang}): the same outlets in the same order as /v1/outlets ({len(shown)})")
    check(driver.find_element(By.CSS_SELECTOR, "figure.map svg").is_displayed(), f"results ({lang}): the map is drawn")
    screenshot(driver, folder, f"results-{lang}")
    audit(driver, f"results ({lang})", lang)
    driver.find_element(By.CSS_SELECTOR, "ol.hits h2 a").click()
    WebDriverWait(driver, 10).until(lambda d: "/outlets/" in d.current_url)
    check(driver.find_element(By.TAG_NAME, "h1").text != "", f"outlet ({lang}): the outlet's page")
    screenshot(driver, folder, f"outlet-{lang}")
    audit(driver, f"outlet ({lang})", lang)
    driver.find_element(By.CSS_SELECTOR, "dl.record a[href^='/badge/']").click()
    WebDriverWait(driver, 10).until(lambda d: "/badge/" in d.current_url)
    check(driver.find_element(By.CSS_SELECTOR, ".status-word").text != "", f"badge ({lang}): the status in large words")
    screenshot(driver, folder, f"badge-{lang}")
    audit(driver, f"badge ({lang})", lang)
    # The printed QR code, as zbarimg read it.
    driver.get(qr_url + ("&lang=en" if lang == "en" else ""))
    check(words["genuine"] in driver.find_element(By.CSS_SELECTOR, "section.token").text, f"badge from the QR code ({lang}): genuine")
    screenshot(driver, folder, f"badge-qr-{lang}")
    audit(driver, f"badge from the QR code ({lang})", lang)
    driver.get(base + "/badge/NTC-2025-00031-I" + suffix)
    check(words["mistyped"] in driver.find_element(By.CSS_SELECTOR, ".status-word").text, f"mistyped badge ({lang})")
    screenshot(driver, folder, f"badge-mistyped-{lang}")
    audit(driver, f"mistyped badge ({lang})", lang)
    driver.get(base + "/search?near=abc" + ("&lang=en" if lang == "en" else ""))
    audit(driver, f"refused search ({lang})", lang)


def without_javascript(base):
    driver = browser(javascript=False)
    try:
        driver.get(base + "/")
        check(not driver.find_element(By.ID, "locate").is_displayed(), "JavaScript off: no location button")
        driver.find_element(By.ID, "place").send_keys("城东")
        Select(driver.find_element(By.ID, "radius")).select_by_value("3000")
        driver.find_element(By.CSS_SELECTOR, "form.search button[type=submit]").click()
        WebDriverWait(driver, 10).until(lambda d: "/search" in d.current_url)
        shown = [a.get_attribute("href").split("/outlets/")[1].split("?")[0] for a in driver.find_elements(By.CSS_SELECTOR, "ol.hits h2 a")]
        expected = v1_ids(base, "place=" + urllib.parse.quote("城东") + "&radius=3000")
        check(shown == expected and shown, f"JavaScript off: the form searches, as /v1/outlets answers ({len(shown)})")
        driver.get(base + "/badge")
        driver.find_element(By.ID, "number").send_keys(BADGE)
        driver.find_element(By.CSS_SELECTOR, "form.badge-check button").click()
        WebDriverWait(driver, 10).until(lambda d: f"/badge/{BADGE}" in d.current_url)
        check(driver.find_element(By.CSS_SELECTOR, ".status-word").text.endswith("有效"), "JavaScript off: the badge form checks a number")
    finally:
        driver.quit()


def main():
    puhui, folder = sys.argv[1], sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="puhui-browser-")
    env = {"HOME": scratch, "PATH": "/usr/bin:/bin", "LANG": "C", "PUHUI_OFFICER": "wang.li"}
    db = os.path.join(scratch, "r.sqlite")
    server = None
    try:
        run(puhui, "init", "--db", db, "--sample", env=env)
        run(puhui, "officer", "add", "wang.li", "--name", "王力", "--district", "city", "--db", db, env=env)
        run(puhui, "badge", "key", "init", "--db", db, env=env)
        public_key = os.path.join(scratch, "badge.pub")
        run(puhui, "badge", "key", "public", "--out", public_key, "--db", db, env=env)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        png, html = os.path.join(scratch, "qr.png"), os.path.join(scratch, "badge.html")
        run(puhui, "badge", "print", BADGE, "--db", db, "--format", "png", "--output", png, "--public-url", base, env=env)
        run(puhui, "badge", "print", BADGE, "--db", db, "--format", "html", "--output", html, "--public-url", base, env=env)
        qr_url = zbar(png)
        check(qr_url.startswith(f"{base}/badge/{BADGE}?t=PH1."), f"the printed PNG's QR code reads {qr_url[:60]}…")
        server = subprocess.Popen([puhui, "serve", "--db", db, "--port", str(port), "--rate-limit", "0", "--badge-public-key", public_key],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/healthz").read()
                break
            except OSError:
                time.sleep(0.1)
        driver = browser()
        try:
            # The printable HTML badge as Chromium draws it: its SVG QR code reads the same.
            driver.get("file://" + html)
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 800, "height": 1200, "deviceScaleFactor": 1, "mobile": False})
            drawn = os.path.join(scratch, "printout.png")
            driver.save_screenshot(drawn)
            shutil.copy(drawn, os.path.join(folder, "badge-printout.png"))
            check(zbar(drawn) == qr_url, "the HTML printout's SVG QR code, drawn by Chromium, reads the same URL")
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True})
            for lang in ["zh", "en"]:
                tour(driver, base, lang, folder, qr_url)
        finally:
            driver.quit()
        without_javascript(base)
    except Exception as error:  # a step that could not run is a failure, reported with its reason
        check(False, f"the tour stopped: {error!r}")
    finally:
        if server:
            server.terminate()
            server.wait(timeout=20)
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"{len(PASSED)} passed, {len(FAILED)} failed")
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
