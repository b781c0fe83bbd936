package webtest

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// readme2009 are the README's example figures, by field.
var readme2009 = []struct{ field, value string }{
	{"year", "2009"},
	{"discretionary", "24100000"},
	{"security", "800000"},
	{"unearmarked", "1900000"},
	{"interest", "150000"},
	{"direct", "100000"},
}

// chromiumNames are the names a Chromium goes by in PATH.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"}

// findChromium returns the path of a Chromium, or skips the test.
func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range chromiumNames {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skipf("no Chromium found in PATH (looked for %s): install one, such as Debian's chromium package, to run the browser tests", strings.Join(chromiumNames, ", "))
	return ""
}

// startServer builds the tool from the repository's root, starts
// 'iomstrategy serve --addr 127.0.0.1:0', and returns the address it
// reports listening on. At the end of the test the server gets an
// interrupt, and must stop cleanly.
func startServer(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("no go command to build the tool: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "iomstrategy")
	build := exec.Command(goTool, "build", "-o", bin, "./cmd/iomstrategy")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/iomstrategy: %v\n%s", err, out)
	}

	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	logPath := filepath.Join(t.TempDir(), "serve.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting the server: %v", err)
	}

	// The server's log is JSON lines on standard error; the first says
	// where it listens. Every line goes to the log file.
	listening := make(chan string, 1)
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			fmt.Fprintln(logFile, sc.Text())
			var line struct{ Msg, Addr string }
			if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "listening" {
				select {
				case listening <- line.Addr:
				default:
				}
			}
		}
	}()

	t.Cleanup(func() {
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			t.Errorf("interrupting the server: %v", err)
		}
		waited := make(chan error, 1)
		go func() { <-readDone; waited <- cmd.Wait() }()
		select {
		case err := <-waited:
			if err != nil {
				t.Errorf("the server did not stop cleanly on an interrupt: %v", err)
			}
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			t.Error("the server did not stop within 30 seconds of an interrupt")
		}
		logFile.Close()
		if t.Failed() {
			if log, err := os.ReadFile(logPath); err == nil {
				t.Logf("the server's log:\n%s", log)
			}
		}
	})

	select {
	case addr := <-listening:
		t.Logf("the server listens on %s", addr)
		return addr
	case <-readDone:
		t.Fatal("the server stopped before it listened")
	case <-time.After(30 * time.Second):
		t.Fatal("the server did not say where it listens within 30 seconds")
	}
	return ""
}

// newBrowser starts a headless Chromium for the test.
func newBrowser(t *testing.T, path string) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox, // the tests may run as root, in a container
		chromedp.WindowSize(1280, 1000),
	)
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return ctx
}

// newTab opens a tab of the browser for a subtest, closed at its end.
func newTab(t *testing.T, browser context.Context) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// run runs actions in the tab, failing the test on an error.
func run(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// get runs one action that reads from the page.
func get[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// navigate runs actions that load a page (a navigation, a form sent)
// and checks the page's HTTP status.
func navigate(t *testing.T, ctx context.Context, wantStatus int64, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	resp, err := chromedp.RunResponse(ctx, actions...)
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != wantStatus {
		t.Fatalf("%s: status %d, want %d", resp.URL, resp.Status, wantStatus)
	}
}

// screenshot saves a PNG of the whole page in the test's artifact
// directory (kept with go test -artifacts).
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png := get(t, ctx, chromedp.FullScreenshot(100))
	path := filepath.Join(t.ArtifactDir(), name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// wantText checks that the element's visible text holds want.
func wantText(t *testing.T, ctx context.Context, sel, want string) {
	t.Helper()
	if got := get(t, ctx, chromedp.Text(chromedp.CSS(sel))); !strings.Contains(got, want) {
		t.Errorf("%s reads %q, want %q in it", sel, got, want)
	}
}

func TestPagesInChromium(t *testing.T) {
	chromium := findChromium(t)
	base := startServer(t)
	browser := newBrowser(t, chromium)

	t.Run("calculator: the README's 2009 figures, typed in and sent", func(t *testing.T) {
		ctx := newTab(t, browser)
		navigate(t, ctx, 200, chromedp.Navigate(base+"/"))
		screenshot(t, ctx, "calculator-empty")
		for _, f := range readme2009 {
			run(t, ctx, "typing "+f.field, chromedp.SendKeys(chromedp.ID(f.field), f.value))
		}
		navigate(t, ctx, 200, chromedp.Click(chromedp.CSS(`#calculator button[type="submit"]`)))
		// The form is sent with GET: the result has an address of its own.
		if loc := get(t, ctx, chromedp.Location()); !strings.Contains(loc, "discretionary=24100000") {
			t.Errorf("the result's address %q does not hold the figures", loc)
		}
		wantText(t, ctx, "#builtin-line1", "USD 1,400,000.00")
		wantText(t, ctx, "#builtin-line2", "USD 650,000.00")
		wantText(t, ctx, "#builtin-cap-reduction", "USD 50,000.00")
		wantText(t, ctx, "#builtin-total-available", "USD 2,150,000.00")
		// A step's citation leads to its provision in the rule book.
		href := get(t, ctx, chromedp.AttributeValue(chromedp.CSS(`#builtin-why ol.steps li:nth-child(3) .cite a`), "href"))
		if href.Value != "/rules#part-iii-bullet-1" {
			t.Errorf("the third step's citation links to %q, want /rules#part-iii-bullet-1", href.Value)
		}
		screenshot(t, ctx, "calculator-2009")
	})

	t.Run("calculator: the chart has the baseline and the input's point", func(t *testing.T) {
		ctx := newTab(t, browser)
		navigate(t, ctx, 200, chromedp.Navigate(base+"/?year=2009&discretionary=24100000&security=800000&unearmarked=1900000&interest=150000&direct=100000"))
		run(t, ctx, "the chart", chromedp.Query(chromedp.ID("chart")))
		for _, id := range []string{"baseline", "cap", "input-point", "line2-curve", "total-curve"} {
			n := get(t, ctx, chromedp.Evaluate[int](fmt.Sprintf(`document.querySelectorAll("#chart #%s").length`, id)))
			if n != 1 {
				t.Errorf("the chart has %d elements #%s, want 1", n, id)
			}
		}
		// An SVG element has no innerText: its text content is read.
		for sel, want := range map[string]string{
			"#baseline-label": "baseline USD 20,500,000.00",
			"#cap-label":      "cap: miscellaneous income USD 2,050,000.00",
		} {
			if got := get(t, ctx, chromedp.TextContent(chromedp.CSS(sel))); got != want {
				t.Errorf("%s reads %q, want %q", sel, got, want)
			}
		}
		// The input's dots are drawn inside the plot, the Line 2 dot below
		// the total's (SVG's y grows downwards).
		dots := get(t, ctx, chromedp.Evaluate[[]struct{ X, Y float64 }](`[...document.querySelectorAll("#input-point circle")].map(c => { const b = c.getBoundingClientRect(); return {X: b.x, Y: b.y}; })`))
		if len(dots) != 2 {
			t.Fatalf("the input's point has %d dots, want 2", len(dots))
		}
		if !(dots[0].Y > dots[1].Y) || dots[0].X != dots[1].X {
			t.Errorf("the dots of Line 2 and the total are at %v, want one above the other, the total higher", dots)
		}
		box := get(t, ctx, chromedp.Evaluate[struct{ W, H float64 }](`(() => { const b = document.getElementById("chart").getBoundingClientRect(); return {W: b.width, H: b.height}; })()`))
		if box.W < 300 || box.H < 150 {
			t.Errorf("the chart is drawn %vx%v pixels, too small to read", box.W, box.H)
		}
		run(t, ctx, "scrolling to the chart", chromedp.ScrollIntoView(chromedp.ID("chart")))
		png := get(t, ctx, chromedp.Screenshot(chromedp.ID("chart")))
		if err := os.WriteFile(filepath.Join(t.ArtifactDir(), "chart.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("calculator: a malformed amount, its message beside its field and the other fields kept", func(t *testing.T) {
		ctx := newTab(t, browser)
		navigate(t, ctx, 200, chromedp.Navigate(base+"/"))
		for _, f := range readme2009 {
			value := f.value
			if f.field == "discretionary" {
				value = "1.4e6"
			}
			run(t, ctx, "filling "+f.field, chromedp.SetValue(chromedp.ID(f.field), value))
		}
		navigate(t, ctx, 400, chromedp.Click(chromedp.CSS(`#calculator button[type="submit"]`)))
		wantText(t, ctx, "#discretionary-error", "exponents are not accepted: write the amount out, such as 1400000.00 for 1.4e6")
		// Beside its field: the message follows the field's input in the
		// same block.
		run(t, ctx, "the message beside its field", chromedp.Query(chromedp.CSS(`.field.invalid > #discretionary ~ #discretionary-error`)))
		for _, f := range readme2009 {
			want := f.value
			if f.field == "discretionary" {
				want = "1.4e6"
			}
			if got := get(t, ctx, chromedp.Value(chromedp.ID(f.field))); got != want {
				t.Errorf("the field %s holds %q after the error, want %q", f.field, got, want)
			}
		}
		wantText(t, ctx, "#error-summary", "Discretionary Income (USD)")
		screenshot(t, ctx, "calculator-error")
	})

	t.Run("calculator: a what-if side by side, on a phone and in print", func(t *testing.T) {
		ctx := newTab(t, browser)
		run(t, ctx, "a phone's screen", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(2)))
		navigate(t, ctx, 200, chromedp.Navigate(base+"/?year=2009&discretionary=24100000&security=800000&unearmarked=1900000&interest=150000&direct=100000&share=0.30"))
		wantText(t, ctx, "#whatif-line2", "USD 650,000.00")
		wantText(t, ctx, "#whatif-cap-reduction", "USD 190,000.00")
		wantText(t, ctx, "#builtin-cap-reduction", "USD 50,000.00")
		screenshot(t, ctx, "calculator-whatif-phone")

		run(t, ctx, "print media", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
			return err
		}))
		if d := get(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.getElementById("calculator")).display`)); d != "none" {
			t.Errorf("in print the form is displayed as %q, want none", d)
		}
		pdf := get(t, ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4)))
		if !strings.HasPrefix(string(pdf), "%PDF-") {
			t.Error("printing gave no PDF")
		}
		if err := os.WriteFile(filepath.Join(t.ArtifactDir(), "calculator-whatif.pdf"), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("screen: the sample files uploaded, a verdict and a reason", func(t *testing.T) {
		ctx := newTab(t, browser)
		navigate(t, ctx, 200, chromedp.Navigate(base+"/screen"))
		screenshot(t, ctx, "screen-form")
		for field, sample := range map[string]string{"input": "applications.csv", "members": "members.csv"} {
			path, err := filepath.Abs(filepath.Join("..", "examples", "data", sample))
			if err != nil {
				t.Fatal(err)
			}
			run(t, ctx, "choosing "+sample, chromedp.SetUploadFiles(chromedp.ID(field), []string{path}))
		}
		navigate(t, ctx, 200, chromedp.Click(chromedp.ID("screen-button")))
		wantText(t, ctx, "#result", "14 applications screened")
		n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("article.screening").length`))
		if n != 14 {
			t.Errorf("%d screenings shown, want 14", n)
		}
		// APP-03 asks USD 250,000 for a national project: conditional,
		// fundable up to the national ceiling (bullet 5, criterion 2).
		wantText(t, ctx, "article.screening:nth-of-type(3) h3", "APP-03: conditional")
		wantText(t, ctx, "article.screening:nth-of-type(3) .reason:nth-child(2)", "exceeds the Line 2 national ceiling of USD 200,000.00")
		wantText(t, ctx, "article.screening:nth-of-type(3) .reason:nth-child(2) .cite", "Resolution 1150 (XCIII), Annex, Part III, bullet 5, criterion 2")
		// The result page keeps the files, for the downloads.
		kept := get(t, ctx, chromedp.Value(chromedp.CSS(`#download input[name="kept_input_name"]`)))
		if kept != "applications.csv" {
			t.Errorf("the download form keeps %q, want applications.csv", kept)
		}
		screenshot(t, ctx, "screen-result")
	})

	t.Run("points: a description's points", func(t *testing.T) {
		ctx := newTab(t, browser)
		navigate(t, ctx, 200, chromedp.Navigate(base+"/points"))
		run(t, ctx, "describing a project", chromedp.SendKeys(chromedp.ID("text"), "assisted voluntary return and reintegration of stranded migrants"))
		navigate(t, ctx, 200, chromedp.Click(chromedp.CSS(`#suggest-form button[type="submit"]`)))
		wantText(t, ctx, ".suggestion h3", "Point 10: Voluntary return and reintegration")
		screenshot(t, ctx, "points")
	})

	t.Run("rules: the rule book, with the navigation", func(t *testing.T) {
		ctx := newTab(t, browser)
		navigate(t, ctx, 200, chromedp.Navigate(base+"/rules"))
		wantText(t, ctx, `nav.site a[aria-current="page"]`, "Rule book")
		wantText(t, ctx, "#part-iii-bullet-1", "Part III, bullet 1")
		screenshot(t, ctx, "rules")
	})

	t.Run("every page fits a phone's width", func(t *testing.T) {
		ctx := newTab(t, browser)
		run(t, ctx, "a phone's screen", chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
		for _, path := range []string{
			"/",
			"/?year=2009&discretionary=24100000&security=800000&unearmarked=1900000&interest=150000&direct=100000&share=0.30",
			"/?year=2009&discretionary=1.4e6",
			"/screen",
			"/points?text=AVRR",
		} {
			resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(base+path))
			if err != nil {
				t.Fatal(err)
			}
			if resp.Status != 200 && resp.Status != 400 {
				t.Errorf("%s: status %d", path, resp.Status)
			}
			w := get(t, ctx, chromedp.Evaluate[struct{ Scroll, Client int }](`({Scroll: document.documentElement.scrollWidth, Client: document.documentElement.clientWidth})`))
			if w.Scroll > w.Client {
				t.Errorf("%s is %d pixels wide on a screen of %d: it scrolls sideways", path, w.Scroll, w.Client)
			}
		}
	})
}
