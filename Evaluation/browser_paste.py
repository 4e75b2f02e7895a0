#!/usr/bin/env python3
"""How the paste-pages clusters were made: load saved HTML pages in headless Chromium over the DevTools
protocol and save document.body.innerText, as a Ctrl+A, Ctrl+C paste from a browser gives it (SOURCES.md part D).
usage: python3 Evaluation/browser_paste.py js|nojs out_suffix file1.html [file2.html ...]   (needs websocket-client)"""
import json, os, subprocess, sys, time, urllib.request, tempfile, signal
import websocket

PORT = 9377
mode, suffix, files = sys.argv[1], sys.argv[2], sys.argv[3:]
profile = tempfile.mkdtemp(prefix="paste-a-chrome-")
args = ["/usr/bin/chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        f"--user-data-dir={profile}", f"--remote-debugging-port={PORT}",
        "--window-size=1366,768", "about:blank"]
proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("chromium pid", proc.pid, file=sys.stderr)
try:
    for _ in range(100):
        try:
            targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json"))
            pages = [t for t in targets if t["type"] == "page"]
            if pages:
                break
        except Exception:
            pass
        time.sleep(0.2)
    ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=60)
    counter = [0]
    def call(method, params=None, wait=True):
        counter[0] += 1
        mid = counter[0]
        ws.send(json.dumps({"id": mid, "method": method, "params": params or {}}))
        while wait:
            msg = json.loads(ws.recv())
            if msg.get("id") == mid:
                return msg
    def wait_event(name, timeout):
        end = time.time() + timeout
        ws.settimeout(1)
        try:
            while time.time() < end:
                try:
                    msg = json.loads(ws.recv())
                except websocket.WebSocketTimeoutException:
                    continue
                if msg.get("method") == name:
                    return True
            return False
        finally:
            ws.settimeout(60)
    call("Page.enable")
    call("Emulation.setScriptExecutionDisabled", {"value": mode == "nojs"})
    for path in files:
        url = "file://" + os.path.abspath(path)
        call("Page.navigate", {"url": url})
        loaded = wait_event("Page.loadEventFired", 30)
        time.sleep(3)
        r = call("Runtime.evaluate", {"expression": "document.body ? document.body.innerText : ''", "returnByValue": True})
        text = r["result"]["result"].get("value", "")
        out = os.path.join(os.path.dirname(path), f"innertext-{suffix}.txt")
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
        print(path, "loaded" if loaded else "NO-LOAD-EVENT", len(text), file=sys.stderr)
        call("Page.navigate", {"url": "about:blank"})
        wait_event("Page.loadEventFired", 5)
    ws.close()
finally:
    proc.terminate()
    try:
        proc.wait(10)
    except Exception:
        proc.kill()
