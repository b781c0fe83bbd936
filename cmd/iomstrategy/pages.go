package main

import "net/http"

// registerPages adds the web pages to the server's routes.
func registerPages(mux *http.ServeMux, o serverOptions) {}
