// Package webtest holds the browser tests of the web pages of
// 'iomstrategy serve'. They build the tool from the module above, start
// its server on a free port, drive a headless Chromium through the pages
// with github.com/chromedp/chromedp, and stop the server with an
// interrupt. They skip when no Chromium is installed.
//
// It is a module of its own, so that the library's go.mod does not
// depend on chromedp. Run the tests from this directory:
//
//	cd webtest && go test ./...
//
// Each test saves screenshots (PNG) of the pages it visits, and a PDF of
// a printed result, in its artifact directory. To keep them, give an
// existing directory: go test -v -artifacts -outputdir DIR ./...; they
// are under DIR/_artifacts, and -v logs each file's path.
package webtest
