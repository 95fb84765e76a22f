//! A small W3C WebDriver client for driving the real Shortlist window through tauri-driver.
//! Each `App` starts its own tauri-driver (and so its own app process) on free ports, with the
//! database path in the environment the app inherits.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::{json, Value};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
const WAIT: Duration = Duration::from_secs(15);
/// How long a launch keeps asking for a session before it fails.
const SESSION_WAIT: Duration = Duration::from_secs(90);

/// WebDriver key codes.
pub const CONTROL: &str = "\u{E009}";
pub const BACKSPACE: &str = "\u{E003}";
pub const ENTER: &str = "\u{E007}";
pub const ESCAPE: &str = "\u{E00C}";

pub struct App {
    base: String,
    session: String,
    driver: Child,
    /// The WebKitWebDriver that tauri-driver starts on this port outlives tauri-driver when it is
    /// killed: shutdown ends it too, so a long run does not pile up drivers.
    native_port: u16,
}

#[derive(Clone)]
pub struct Element {
    id: String,
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn tauri_driver() -> PathBuf {
    if let Ok(path) = std::env::var("TAURI_DRIVER") {
        return PathBuf::from(path);
    }
    let home = std::env::var("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(std::env::var("HOME").unwrap_or_else(|_| "/root".into())).join(".cargo"));
    let candidate = home.join("bin/tauri-driver");
    if candidate.exists() {
        candidate
    } else {
        PathBuf::from("tauri-driver")
    }
}

/// A found element that React replaced while WebKitWebDriver was handing it back comes back as
/// "stale element reference": the search is simply not settled yet, so it counts as not found
/// (`None`) and the caller looks again.
fn retry_if_stale<T>(result: Result<T>) -> Result<Option<T>> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.to_string().contains("stale element") => Ok(None),
        Err(e) => Err(e),
    }
}

impl App {
    /// Starts the built app on `db` in a real window and opens a WebDriver session to it.
    pub fn launch(db: &Path) -> Result<App> {
        if std::env::var_os("DISPLAY").is_none() {
            bail!("end-to-end tests need a display: run them through the README's test command (it uses xvfb-run)");
        }
        let port = free_port()?;
        let native_port = free_port()?;
        let log = std::fs::File::create(db.with_extension("driver.log"))?;
        let driver = Command::new(tauri_driver())
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .args(["--native-driver", "/usr/bin/WebKitWebDriver"])
            .env("SHORTLIST_DB", db)
            // The app's clock starts where the tests' clock is now (see `support::clock`).
            .env("SHORTLIST_NOW", super::now().to_rfc3339())
            // Webview storage (localStorage: remembered page) lives under the XDG folders:
            // give each launch the test's own so tests never see each other's state.
            .env("XDG_DATA_HOME", db.with_extension("xdg-data"))
            .env("XDG_CONFIG_HOME", db.with_extension("xdg-config"))
            .env("XDG_CACHE_HOME", db.with_extension("xdg-cache"))
            .stdout(Stdio::from(log.try_clone()?))
            .stderr(Stdio::from(log))
            .spawn()
            .context("starting tauri-driver (install it with `cargo install tauri-driver --locked`)")?;
        let base = format!("http://127.0.0.1:{port}");
        let mut app = App { base, session: String::new(), driver, native_port };
        let started = Instant::now();
        let caps = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "wry",
                "tauri:options": { "application": env!("CARGO_BIN_EXE_shortlist") }
            } }
        });
        // Starting the app can hang when the machine is starved: each attempt gives up after a
        // minute rather than hold the whole run. An attempt that ends without an answer (the
        // native driver dropped the connection while the app was starting) is tried again
        // within SESSION_WAIT.
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(60)).build();
        let response = loop {
            match agent.post(&format!("{}/session", app.base)).send_json(caps.clone()) {
                Ok(r) => break r.into_json::<Value>()?,
                Err(ureq::Error::Transport(_)) if started.elapsed() < SESSION_WAIT => {
                    std::thread::sleep(Duration::from_millis(100))
                }
                Err(e) => bail!("could not start a WebDriver session: {e}"),
            }
        };
        app.session =
            response["value"]["sessionId"].as_str().ok_or_else(|| anyhow!("no session id in {response}"))?.to_string();
        Ok(app)
    }

    fn url(&self, path: &str) -> String {
        format!("{}/session/{}{}", self.base, self.session, path)
    }

    fn post(&self, path: &str, body: Value) -> Result<Value> {
        match ureq::post(&self.url(path)).send_json(body) {
            Ok(r) => Ok(r.into_json::<Value>()?["value"].clone()),
            Err(ureq::Error::Status(code, r)) => {
                bail!("POST {path} failed ({code}): {}", r.into_string().unwrap_or_default())
            }
            Err(e) => Err(e.into()),
        }
    }

    fn get(&self, path: &str) -> Result<Value> {
        match ureq::get(&self.url(path)).call() {
            Ok(r) => Ok(r.into_json::<Value>()?["value"].clone()),
            Err(ureq::Error::Status(code, r)) => {
                bail!("GET {path} failed ({code}): {}", r.into_string().unwrap_or_default())
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Runs a script in the page and returns its result.
    pub fn script(&self, script: &str, args: Value) -> Result<Value> {
        self.post("/execute/sync", json!({ "script": script, "args": args }))
    }

    fn try_find(&self, css: &str) -> Result<Option<Element>> {
        let found = self.post("/elements", json!({ "using": "css selector", "value": css }))?;
        Ok(found
            .as_array()
            .and_then(|a| a.first())
            .and_then(|e| e[ELEMENT_KEY].as_str())
            .map(|id| Element { id: id.to_string() }))
    }

    /// Waits for an element matching `css` to exist.
    pub fn find(&self, css: &str) -> Result<Element> {
        let started = Instant::now();
        loop {
            if let Some(el) = retry_if_stale(self.try_find(css))?.flatten() {
                return Ok(el);
            }
            if started.elapsed() > WAIT {
                bail!("no element matches {css} after {WAIT:?}; page text: {}", self.page_text().unwrap_or_default());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits for an element matching `css` whose text contains `text`.
    pub fn find_text(&self, css: &str, text: &str) -> Result<Element> {
        let started = Instant::now();
        loop {
            let found = retry_if_stale(self.script(
                "return Array.from(document.querySelectorAll(arguments[0])).find(e => (e.innerText || e.textContent || '').includes(arguments[1])) || null;",
                json!([css, text]),
            ))?;
            if let Some(id) = found.as_ref().and_then(|f| f[ELEMENT_KEY].as_str()) {
                return Ok(Element { id: id.to_string() });
            }
            if started.elapsed() > WAIT {
                bail!(
                    "no {css} containing {text:?} after {WAIT:?}; page text: {}",
                    self.page_text().unwrap_or_default()
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the page's text contains `text`.
    pub fn wait_for_text(&self, text: &str) -> Result<()> {
        self.find_text("body", text).map(|_| ())
    }

    /// Waits until no element matching `css` exists.
    pub fn wait_gone(&self, css: &str) -> Result<()> {
        let started = Instant::now();
        while self.try_find(css)?.is_some() {
            if started.elapsed() > WAIT {
                bail!("{css} is still there after {WAIT:?}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(())
    }

    pub fn page_text(&self) -> Result<String> {
        Ok(self
            .script("return document.body.innerText || document.body.textContent;", json!([]))?
            .as_str()
            .unwrap_or_default()
            .to_string())
    }

    pub fn text(&self, el: &Element) -> Result<String> {
        let value = self.script("return arguments[0].innerText;", json!([{ ELEMENT_KEY: el.id }]))?;
        Ok(value.as_str().unwrap_or_default().to_string())
    }

    /// Clicks like a person: if something (a sticky bar, a toast) covers the element, or it sits
    /// outside a scrolled dialog, scroll it to the middle of the view and click again.
    pub fn click(&self, el: &Element) -> Result<()> {
        match self.post(&format!("/element/{}/click", el.id), json!({})) {
            Err(e) if e.to_string().contains("click intercepted") || e.to_string().contains("not interactable") => {
                self.script("arguments[0].scrollIntoView({ block: 'center' });", json!([{ ELEMENT_KEY: el.id }]))?;
                match self.post(&format!("/element/{}/click", el.id), json!({})) {
                    // After a pointer drag WebKitWebDriver can keep reporting an interception
                    // that the page's own hit test does not see: click with the pointer instead.
                    Err(e) if e.to_string().contains("click intercepted") => self.pointer_click(el),
                    other => other.map(|_| ()),
                }
            }
            other => other.map(|_| ()),
        }
    }

    /// Chooses an option of a <select> the way a person's pick reaches the page: set the value
    /// and fire `change` (WebDriver cannot open native pop-up menus).
    /// Waits for the option first: options often arrive with data after the select renders.
    pub fn select_option(&self, css: &str, value: &str) -> Result<()> {
        self.find(&format!("{css} option[value=\"{value}\"]"))?;
        let el = self.find(css)?;
        self.script(
            "const s = arguments[0]; const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;\
             set.call(s, arguments[1]); s.dispatchEvent(new Event('change', { bubbles: true }));",
            json!([{ ELEMENT_KEY: el.id }, value]),
        )
        .map(|_| ())
    }

    pub fn click_css(&self, css: &str) -> Result<()> {
        let el = self.find(css)?;
        self.click(&el)
    }

    /// Clicks the element matching `css` whose `value` attribute is `value` (radio buttons).
    pub fn click_css_value(&self, css: &str, value: &str) -> Result<()> {
        let el = self.find(&format!("{css}[value='{value}']"))?;
        self.click(&el)
    }

    pub fn click_text(&self, css: &str, text: &str) -> Result<()> {
        let el = self.find_text(css, text)?;
        self.click(&el)
    }

    /// Types into an element (replacing nothing: clear first if needed).
    pub fn type_into(&self, css: &str, text: &str) -> Result<()> {
        let el = self.find(css)?;
        self.post(&format!("/element/{}/value", el.id), json!({ "text": text })).map(|_| ())
    }

    /// Replaces a field's text the way a person does (select all, delete, type), so the page's
    /// input handlers see every change.
    pub fn replace_text(&self, css: &str, text: &str) -> Result<()> {
        let el = self.find(css)?;
        self.click(&el)?;
        self.chord(&[CONTROL, "a"])?;
        self.press(BACKSPACE)?;
        self.post(&format!("/element/{}/value", el.id), json!({ "text": text })).map(|_| ())
    }

    /// Drags with the mouse like a person: press on `from` (offset from its centre), move to the
    /// centre of `to` in a few steps, release.
    pub fn drag(&self, from: &Element, offset: (i64, i64), to: &Element) -> Result<()> {
        let actions = json!([
            { "type": "pointerMove", "origin": { ELEMENT_KEY: from.id }, "x": offset.0, "y": offset.1, "duration": 0 },
            { "type": "pointerDown", "button": 0 },
            { "type": "pointerMove", "origin": "pointer", "x": 10, "y": 10, "duration": 50 },
            { "type": "pointerMove", "origin": { ELEMENT_KEY: to.id }, "x": 0, "y": 0, "duration": 200 },
            { "type": "pointerUp", "button": 0 }
        ]);
        self.post(
            "/actions",
            json!({ "actions": [{ "type": "pointer", "id": "drag-mouse", "parameters": { "pointerType": "mouse" }, "actions": actions }] }),
        )?;
        self.delete("/actions")
    }

    /// Clicks with the pointer at the element's centre (after a drag, WebKitWebDriver's element
    /// click can report a stale interception; a pointer click is what a person does anyway).
    pub fn pointer_click(&self, el: &Element) -> Result<()> {
        let actions = json!([
            { "type": "pointerMove", "origin": { ELEMENT_KEY: el.id }, "x": 0, "y": 0, "duration": 0 },
            { "type": "pointerDown", "button": 0 },
            { "type": "pointerUp", "button": 0 }
        ]);
        self.post(
            "/actions",
            json!({ "actions": [{ "type": "pointer", "id": "drag-mouse", "parameters": { "pointerType": "mouse" }, "actions": actions }] }),
        )?;
        self.delete("/actions")
    }

    /// Presses keys together (e.g. Ctrl+K): all down in order, then all up in reverse.
    pub fn chord(&self, keys: &[&str]) -> Result<()> {
        let mut actions: Vec<Value> = keys.iter().map(|k| json!({ "type": "keyDown", "value": k })).collect();
        actions.extend(keys.iter().rev().map(|k| json!({ "type": "keyUp", "value": k })));
        self.post("/actions", json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] }))?;
        self.delete("/actions")
    }

    /// Presses keys on whatever has focus (e.g. "N", or "\u{E00C}" for Escape).
    pub fn press(&self, keys: &str) -> Result<()> {
        let mut actions = Vec::new();
        for ch in keys.chars() {
            actions.push(json!({ "type": "keyDown", "value": ch.to_string() }));
            actions.push(json!({ "type": "keyUp", "value": ch.to_string() }));
        }
        self.post("/actions", json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] }))?;
        self.delete("/actions")
    }

    fn delete(&self, path: &str) -> Result<()> {
        ureq::delete(&self.url(path)).call().map(|_| ()).map_err(|e| anyhow!("DELETE {path}: {e}"))
    }

    /// Navigates inside the app (hash routes), like clicking a link.
    pub fn go(&self, hash: &str) -> Result<()> {
        self.script("window.location.hash = arguments[0];", json!([hash])).map(|_| ())
    }

    /// Resizes the window (WebDriver "Set Window Rect") and waits until the page sees the size.
    pub fn set_window_size(&self, width: u32, height: u32) -> Result<()> {
        self.post("/window/rect", json!({ "width": width, "height": height }))?;
        let started = Instant::now();
        loop {
            let seen = self.script("return [window.innerWidth, window.innerHeight];", json!([]))?;
            if seen == json!([width, height]) {
                return Ok(());
            }
            if started.elapsed() > WAIT {
                bail!("the window did not become {width}x{height}: the page sees {seen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// WebKit serves the previous frame for a moment after a change: let it paint first.
    pub fn screenshot(&self, path: &Path) -> Result<()> {
        std::thread::sleep(std::time::Duration::from_millis(400));
        let data = self.get("/screenshot")?;
        let bytes = base64_decode(data.as_str().unwrap_or_default())?;
        std::fs::write(path, bytes)?;
        Ok(())
    }

    /// Ends the session, which closes the app window and quits the app.
    pub fn quit(mut self) -> Result<()> {
        self.shutdown();
        Ok(())
    }

    fn shutdown(&mut self) {
        if !self.session.is_empty() {
            let _ = ureq::delete(&format!("{}/session/{}", self.base, self.session)).call();
            self.session.clear();
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = Command::new("pkill")
            .args(["-f", &format!("WebKitWebDriver --port={} ", self.native_port)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

impl Drop for App {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Decodes standard base64 (screenshots arrive as base64 PNG).
fn base64_decode(input: &str) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let mut buf = 0u32;
    let mut bits = 0;
    for c in input.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' | b'\n' | b'\r' => continue,
            _ => bail!("invalid base64"),
        } as u32;
        buf = (buf << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
            buf &= (1 << bits) - 1;
        }
    }
    Ok(out)
}
