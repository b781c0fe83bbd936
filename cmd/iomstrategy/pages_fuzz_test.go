package main

import (
	"net/http"
	"net/url"
	"testing"
)

// FuzzPages: no form, query or upload a page reads gets a 500.
func FuzzPages(f *testing.F) {
	f.Add(uint8(0), "year=2009&discretionary=24100000&security=800000&unearmarked=1900000&interest=150000&direct=100000", "", []byte(""))
	f.Add(uint8(0), "year=2009&discretionary=1.4e6&share=0.3&baseline=x&line1=&cap_order=line1-first", "", []byte(""))
	f.Add(uint8(1), "text=assisted+voluntary+return&weak=on", "", []byte(""))
	f.Add(uint8(2), "", "multipart/form-data; boundary=b",
		[]byte("--b\r\nContent-Disposition: form-data; name=\"input\"; filename=\"a.csv\"\r\n\r\nid,line,scope,amount,countries\r\nA,2,national,1,X\r\n"+
			"--b\r\nContent-Disposition: form-data; name=\"members\"; filename=\"m.csv\"\r\n\r\ncountry,membership,economy,arrears,council_waiver\r\nX,member,developing,0,false\r\n"+
			"--b\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\ncsv\r\n--b--\r\n"))
	f.Add(uint8(2), "", "multipart/form-data; boundary=b", []byte("--b\r\nContent-Disposition: form-data; name=\"kept_input\"\r\n\r\n!!!\r\n--b--\r\n"))
	f.Add(uint8(2), "", "application/json", []byte("{}"))
	h := testHandler(1 << 16)
	pages := []string{"/", "/points", "/screen", "/rules"}
	f.Fuzz(func(t *testing.T, n uint8, query, contentType string, body []byte) {
		page := pages[int(n)%len(pages)]
		q, err := url.ParseQuery(query)
		if err != nil {
			return
		}
		target := page + "?" + q.Encode()
		method := http.MethodGet
		if len(body) > 0 || contentType != "" {
			method = http.MethodPost
		}
		w := serveRequest(h, apiRequest{method: method, target: target, contentType: contentType, body: body})
		if w.Code >= 500 {
			t.Fatalf("%s %s (%q): %d\n%s", method, target, contentType, w.Code, w.Body)
		}
	})
}
