#!/usr/bin/env python3
"""The clinician's page in a real browser (headless Chromium through chromedriver).

Starts `routinepress serve` on a free port, then does what a clinician does: search "calf",
add three exercises, set a 90 s hold and see the warning beside it, wait for the preview,
download the PDF and read its text, print the sheet in Spanish with English below, open a saved
plan, and make a race week in Spanish.

    python3 Tests/browser/clinician_page.py [path/to/routinepress] [--screenshot docs/serve.png]
"""
import json, os, socket, struct, subprocess, sys, tempfile, time, urllib.request, zlib

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait, Select

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
argv = sys.argv[1:]
SHOT = None
if "--screenshot" in argv:
    i = argv.index("--screenshot"); SHOT = argv[i + 1]; del argv[i:i + 2]
BINARY = argv[0] if argv else os.path.join(ROOT, ".build/debug/routinepress")
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def downloaded(ext):
    """The first finished download ending in ext, waiting up to 10 s; None if none came."""
    for _ in range(100):
        done = [f for f in os.listdir(downloads) if f.endswith(ext)]
        if done:
            return os.path.join(downloads, done[0])
        time.sleep(0.1)
    return None


def gradient_png(path, w, h):
    """A grey gradient PNG of w x h pixels, made here so the test needs no image tools."""
    raw = b"".join(b"\x00" + bytes((x + y) * 255 // (w + h - 2) for x in range(w)) for y in range(h))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


port = free_port()
base = f"http://127.0.0.1:{port}"
log = tempfile.TemporaryFile(mode="w+")
server = subprocess.Popen([BINARY, "serve", "--port", str(port), "--resources", ROOT], stderr=log, text=True)
for _ in range(100):
    try:
        urllib.request.urlopen(base + "/healthz", timeout=1)
        break
    except OSError:
        time.sleep(0.1)
else:
    log.seek(0)
    sys.exit("the server did not start: " + log.read())

downloads = tempfile.mkdtemp(prefix="rp-browser-")
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000", "--disable-dev-shm-usage"]:
    options.add_argument(a)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 20)

try:
    driver.get(base + "/")
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#catalog-list li[data-id]")) >= 20)
    check(True, "the catalog lists its exercises with pictures")
    check(all(i.get_attribute("naturalWidth") != "0" for i in driver.find_elements(By.CSS_SELECTOR, "#catalog-list img")), "every catalog picture loads")

    # Every field has a label.
    unlabelled = driver.execute_script("""
        return [...document.querySelectorAll('input, select, textarea')].filter(e =>
            !e.labels?.length && !e.getAttribute('aria-label')).map(e => e.id);""")
    check(unlabelled == [], f"every field has a label {unlabelled}")

    search = driver.find_element(By.ID, "search")
    search.send_keys("calf")
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#catalog-list li[data-id]")) < 6)
    ids = [li.get_attribute("data-id") for li in driver.find_elements(By.CSS_SELECTOR, "#catalog-list li[data-id]")]
    check(set(ids) == {"calf-stretch", "roll-calves", "ankle-circles"} or {"calf-stretch", "roll-calves"} <= set(ids) and len(ids) <= 4,
          f"searching 'calf' finds the calf exercises and only those ({ids})")
    # Add with the keyboard alone: Tab to the entry, Enter.
    entry = driver.find_element(By.CSS_SELECTOR, '#catalog-list li[data-id="calf-stretch"]')
    entry.send_keys(Keys.ENTER)
    driver.find_element(By.CSS_SELECTOR, '#catalog-list li[data-id="roll-calves"]').click()
    search.clear(); search.send_keys("hamstring")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '#catalog-list li[data-id="hamstring-stretch"]'))
    driver.find_element(By.CSS_SELECTOR, '#catalog-list li[data-id="hamstring-stretch"]').click()
    items = driver.find_elements(By.CSS_SELECTOR, ".item")
    check(len(items) == 3, "three exercises are on the sheet")
    groups = [h.text for h in driver.find_elements(By.CSS_SELECTOR, "#groups h3")]
    check(groups == ["Foam rolling", "Static stretching"], f"grouped in the order of doing ({groups})")

    driver.find_element(By.ID, "patient").send_keys("Alex Morgan")
    # The clinic and its logo: uploaded as bytes, checked and scaled to print size by the server.
    driver.find_element(By.ID, "clinic").send_keys("Riverside Physio")
    logo = os.path.join(downloads, "logo.png")
    gradient_png(logo, 1500, 460)
    driver.find_element(By.ID, "logo").send_keys(logo)
    wait.until(lambda d: "Logo ready" in d.find_element(By.ID, "logo-state").text)
    check("625 × 192" in driver.find_element(By.ID, "logo-state").text, "the uploaded logo comes back at print size ("
          + driver.find_element(By.ID, "logo-state").text + ")")
    check(driver.find_element(By.ID, "logo-preview").is_displayed(), "the page shows the logo in use")
    hold = driver.find_element(By.CSS_SELECTOR, '.item input[aria-label="Hold, s for Calf stretch"]')
    hold.clear(); hold.send_keys("90")
    wait.until(lambda d: any("90 s hold" in n.text for n in d.find_elements(By.CSS_SELECTOR, ".item .note.warning")))
    note_item = driver.find_element(By.CSS_SELECTOR, ".item .note.warning").find_element(By.XPATH, "..")
    check("Calf stretch" in note_item.text, "the 90 s hold warning stands beside the calf stretch")

    wait.until(lambda d: "page" in d.find_element(By.ID, "preview-state").text)
    pages = driver.find_elements(By.CSS_SELECTOR, "#pages img")
    check(len(pages) >= 1 and all(p.get_attribute("naturalWidth") != "0" for p in pages), f"the preview shows {len(pages)} page(s)")

    # Reorder with the keyboard buttons.
    first = [e.text for e in driver.find_elements(By.CSS_SELECTOR, '.items[aria-label="Static stretching"] .name')]
    driver.find_element(By.CSS_SELECTOR, '.item button[aria-label="Move Hamstring stretch up"]').click()
    after = [e.text for e in driver.find_elements(By.CSS_SELECTOR, '.items[aria-label="Static stretching"] .name')]
    check(after == list(reversed(first)), f"Move up reorders ({first} -> {after})")
    # Reorder by dragging: the browser's own drag events, carrying one DataTransfer from start to drop.
    driver.execute_script("""
        const items = [...document.querySelectorAll('.items[aria-label="Static stretching"] .item')];
        const data = new DataTransfer();
        items[1].dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
        items[0].dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
        items[0].dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
        items[1].dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: data }));""")
    dragged = [e.text for e in driver.find_elements(By.CSS_SELECTOR, '.items[aria-label="Static stretching"] .name')]
    check(dragged == first, f"dragging the second stretch onto the first puts it first ({after} -> {dragged})")

    if SHOT:
        time.sleep(1)
        driver.save_screenshot(SHOT)

    driver.find_element(By.ID, "download").click()
    pdf = downloaded(".pdf")
    check(pdf is not None, "Download PDF saves a PDF")
    if pdf:
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        check("Alex Morgan" in text and "Calf stretch" in text and "Hamstring stretch" in text, "the PDF has the patient and the exercises")
        check("Hold 1 min 30 s" in text, "the PDF has the 90 s hold")
        images = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
        check([l.split()[3:5] for l in images if " image " in l] == [["625", "192"]], f"the PDF holds the logo at print size ({images})")
        os.remove(pdf)

    # Print: the PDF goes into the page's hidden frame, which the browser prints. A headless
    # browser's print preview is modal and would stop the page, so the frame's print() is
    # recorded instead: the page's own load handler runs and calls it, as a clinician's would.
    driver.execute_script("""
        const frame = document.getElementById('print-frame');
        let handler = null;
        window.__printed = 0; window.__opened = 0;
        window.open = () => { window.__opened += 1; return null; };
        Object.defineProperty(frame, 'onload', { configurable: true, get: () => handler, set: h => { handler = h; } });
        frame.addEventListener('load', () => {
          try { frame.contentWindow.print = () => { window.__printed += 1; }; } catch (e) { /* the page falls back to a tab */ }
          if (handler) handler();
        });""")
    driver.find_element(By.ID, "print").click()
    wait.until(lambda d: (d.find_element(By.ID, "print-frame").get_attribute("src") or "").startswith("blob:"))
    wait.until(lambda d: d.execute_script("return window.__printed + window.__opened") > 0)
    printed = driver.execute_script("return [window.__printed, window.__opened]")
    check(printed in ([1, 0], [0, 1]), f"Print loads the PDF into the print frame and asks the browser to print it once ({printed})")

    driver.find_element(By.ID, "save").click()
    saved = downloaded(".json")
    check(saved is not None, "Save plan saves the plan JSON")

    # The sheet in Spanish with English below: the page's own headings and title change language,
    # the exercises print in both, and the saved plan says so.
    os.remove(saved)
    Select(driver.find_element(By.ID, "language")).select_by_value("es+en")
    check(driver.find_element(By.ID, "title").get_attribute("value") == "Rutina de recuperación", "a default title follows the language")
    driver.find_element(By.ID, "download").click()
    pdf = downloaded(".pdf")
    check(pdf is not None, "Download PDF saves the bilingual sheet")
    if pdf:
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout.replace("\u2060", "")
        text = " ".join(text.split())  # a phrase may wrap
        for words in ["Rutina de recuperación", "Rodillo de espuma", "Estiramientos", "Estiramiento de pantorrilla", "Calf stretch", "Mantenga 1 min 30 s", "Hold 1 min 30 s"]:
            check(words in text, f"the bilingual sheet says \"{words}\"")
        check("Foam rolling" not in text, "the section headings are the sheet's language, not the page's")
        os.remove(pdf)
    driver.find_element(By.ID, "save").click()
    saved = downloaded(".json")
    check(saved is not None and json.load(open(saved)).get("languages") == ["es", "en"], "the saved plan names both languages")

    # Open a plan: the example fills the page; a broken one shows its error with the path.
    driver.get(base + "/")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#catalog-list li[data-id]"))
    driver.find_element(By.ID, "open").send_keys(os.path.join(ROOT, "Examples/take-home.json"))
    wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".item")) == 16)
    check(driver.find_element(By.ID, "patient").get_attribute("value") == "Alex Morgan", "Open plan fills the page from the example")
    broken = os.path.join(downloads, "broken.json")
    with open(broken, "w") as f:
        json.dump({"kind": "take-home", "title": "T", "sections": [{"title": "S", "items": [{"exercise": "calf-strech"}]}]}, f)
    driver.find_element(By.ID, "open").send_keys(broken)
    wait.until(lambda d: "calf-strech" in d.find_element(By.ID, "problems").text)
    check("sections[0].items[0].exercise" in driver.find_element(By.ID, "problems").text, "a broken plan shows its error with the JSON path")

    # Race week.
    check(not driver.find_element(By.ID, "panel-race-week").is_displayed(), "the race-week tab is hidden while the take-home tab is open")
    driver.find_element(By.ID, "tab-race-week").click()
    check(not driver.find_element(By.ID, "panel-take-home").is_displayed(), "opening the race-week tab hides the take-home sheet")
    driver.find_element(By.ID, "runner").send_keys("Jordan Lee")
    Select(driver.find_element(By.ID, "race-distance")).select_by_value("half")
    Select(driver.find_element(By.ID, "race-language")).select_by_value("es")
    driver.find_element(By.ID, "race-make").click()
    wait.until(lambda d: '"race-week"' in d.find_element(By.ID, "race-plan").get_attribute("value"))
    wait.until(lambda d: "page" in d.find_element(By.ID, "race-preview-state").text)
    check(len(driver.find_elements(By.CSS_SELECTOR, "#race-pages img")) >= 1, "the race week is drawn")
    check("Jordan Lee" in driver.find_element(By.ID, "race-plan").get_attribute("value"), "the race week is the runner's")
    week = json.loads(driver.find_element(By.ID, "race-plan").get_attribute("value"))
    check(week.get("language") == "es" and any(r.get("title") == "Antes de correr" for r in week.get("routines", {}).values()),
          f"a Spanish race week is written in Spanish ({week.get('language')})")

    # 200% zoom on a 1400-pixel window leaves 700 CSS pixels: nothing may run off the side.
    driver.find_element(By.ID, "tab-take-home").click()
    driver.set_window_size(700, 1000)
    time.sleep(0.5)
    if SHOT:
        driver.save_screenshot(SHOT.replace(".png", "-200.png"))
    overflow = driver.execute_script("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1")
    check(not overflow, "readable at 200% zoom without sideways scrolling")
    logs = [l for l in driver.get_log("browser") if l["level"] == "SEVERE" and "favicon" not in l["message"]]
    check(logs == [], f"no errors in the browser's console {logs[:2]}")
    # SIGTERM while renders are in flight: each one finishes and is answered, then the server stops.
    example = open(os.path.join(ROOT, "Examples/take-home.json"), "rb").read()
    answers = {}
    def render(n):
        request = urllib.request.Request(base + "/api/render?format=png&dpi=300&page=%d" % (n % 3 + 1), data=example,
                                         headers={"Content-Type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=60) as r:
                answers[n] = (r.status, r.read()[:8])
        except Exception as e:  # an answer that never came
            answers[n] = (None, repr(e).encode())
    import threading
    flying = [threading.Thread(target=render, args=(n,)) for n in range(3)]
    for t in flying: t.start()
    in_hand = False
    for _ in range(200):  # until the server has them in hand
        health = json.load(urllib.request.urlopen(base + "/healthz", timeout=5))
        in_hand = health["renders"]["running"] + health["renders"]["waiting"] >= len(flying)
        if in_hand: break
        time.sleep(0.01)
    check(in_hand, "renders are in flight when SIGTERM is sent")
    server.terminate()
    for t in flying: t.join(timeout=60)
    check(all(a == (200, b"\x89PNG\r\n\x1a\n") for a in answers.values()) and len(answers) == 3,
          f"SIGTERM lets the renders in flight finish ({[a[0] if a[0] else a[1][:80] for a in answers.values()]})")
finally:
    driver.quit()
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
    check(server.returncode == 0, f"SIGTERM stops the server cleanly (exit {server.returncode})")

print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
