"""Lay a page out in headless Chromium at a given viewport and say what is wrong.

    python3 layout_probe.py PAGE.html WIDTH HEIGHT SHOT_PREFIX

Drives chromedriver (Debian's chromium-driver) over its HTTP interface, with
the standard library only. The width is set by device emulation, not the
window's size: a headless window is never narrower than 500 px. WIDTH below
600 emulates a phone (a mobile viewport, so <meta name="viewport"> counts).
Prints "width=N" (the layout width) and then one line per problem, or
"layout ok"; writes SHOT_PREFIX-top.png and SHOT_PREFIX-open_cases.png.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

# Runs in the page: the problems found, one string each.
MEASURE = r"""
const width = document.documentElement.clientWidth, problems = [];
const where = (e) => e.tagName.toLowerCase() + (e.className ? "." + e.className : "") + " " +
                     JSON.stringify(e.textContent.trim().slice(0, 30));
const page = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
if (page > width) problems.push(`the page is ${page}px wide in a ${width}px viewport`);
// Header and label cells on one line: the text no taller than 1.6 lines.
for (const cell of document.querySelectorAll("th, td")) {
  const range = document.createRange();
  range.selectNodeContents(cell);
  const style = getComputedStyle(cell);
  const line = parseFloat(style.lineHeight) || 1.5 * parseFloat(style.fontSize);
  if (range.getBoundingClientRect().height > 1.6 * line) problems.push(`wrapped: ${where(cell)}`);
}
// A table wider than the viewport scrolls inside a box that fits in it.
for (const table of document.querySelectorAll("table")) {
  const box = table.getBoundingClientRect();
  if (box.left >= 0 && box.right <= width + 0.5) continue;
  let scroller = table.parentElement;
  while (scroller && !["auto", "scroll"].includes(getComputedStyle(scroller).overflowX))
    scroller = scroller.parentElement;
  const outer = scroller && scroller.getBoundingClientRect();
  if (!outer || outer.left < 0 || outer.right > width + 0.5)
    problems.push(`table past the edge (${Math.round(box.right)}px): ${where(table.rows[0].cells[0])}`);
}
for (const e of document.querySelectorAll(".card, svg, h1, h2, h3, header, figure, p, dl"))
  if (e.getBoundingClientRect().left < 0 || e.getBoundingClientRect().right > width + 0.5)
    problems.push(`past the edge (${Math.round(e.getBoundingClientRect().right)}px): ${where(e)}`);
return [`width=${width}`, ...problems];
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    page, width, height, shots = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    driver = subprocess.Popen(["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)

    def call(method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as answer:
            return json.load(answer)["value"]

    profile = tempfile.mkdtemp(prefix="pingan-chrome-")
    try:
        for _ in range(100):
            try:
                if call("GET", "/status").get("ready"):
                    break
            except OSError:
                pass
            time.sleep(0.1)
        metrics = {"width": width, "height": height, "pixelRatio": 2 if width < 600 else 1,
                   "mobile": width < 600, "touch": width < 600}
        options = {"binary": "/usr/bin/chromium", "mobileEmulation": {"deviceMetrics": metrics},
                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-extensions", "--hide-scrollbars", f"--user-data-dir={profile}"]}
        session = call("POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}})
        sid = session["sessionId"]
        try:
            call("POST", f"/session/{sid}/url", {"url": "file://" + os.path.abspath(page)})
            found = call("POST", f"/session/{sid}/execute/sync", {"script": MEASURE, "args": []})
            print("\n".join(found if len(found) > 1 else found + ["layout ok"]))
            for name, script in (("top", "scrollTo(0, 0)"),
                                 ("open_cases", "document.getElementById('open_cases')?.scrollIntoView()")):
                call("POST", f"/session/{sid}/execute/sync", {"script": script, "args": []})
                png = base64.b64decode(call("GET", f"/session/{sid}/screenshot"))
                with open(f"{shots}-{name}.png", "wb") as out:
                    out.write(png)
        finally:
            call("DELETE", f"/session/{sid}")
    finally:
        driver.terminate()
        driver.wait(10)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
