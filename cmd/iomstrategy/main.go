// Command iomstrategy drives the iomstrategy library from scripts: the 12
// points of the IOM Strategy, the governing bodies, the 1035 Facility's
// allocation, screening and ledger, and the figures of the 2010 Review.
//
// Usage:
//
//	iomstrategy <command> [arguments] [flags]
//	iomstrategy help [command]
//	iomstrategy <command> --help
//	iomstrategy completion bash|zsh|fish|powershell
//	iomstrategy version
//
// The commands are built on github.com/spf13/cobra: flags may come before
// or after the arguments, and docs/cli/ is the command reference generated
// from them. Every command takes --format text|json|csv (text by default; csv where
// the result is a table). Results go to standard output, diagnostics to
// standard error. The exit status is 0 on success, 1 when the command ran
// and a check the caller asked for did not hold, 2 for bad usage or bad
// input; a bad input never produces a partial result.
//
// Money is printed as "USD 1,400,000.00" in text and as a string with
// exactly two decimals ("1400000.00") in JSON and CSV. Money inputs accept
// digits with at most two decimals, optional "," thousands separators and
// an optional "USD" prefix; anything else is refused.
package main

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/policycode/iomstrategy/internal/records"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// env is what a command may touch: its standard streams, and a way to open
// the files it is given. Tests run commands in-process with their own env.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// files, when not nil, are the only files a command may read, by the
	// names it is given (the server's uploads); nil is the file system.
	files map[string][]byte
}

// open opens a file a command was given by name.
func (e *env) open(path string) (io.ReadCloser, error) {
	if e.files == nil {
		return os.Open(path)
	}
	data, ok := e.files[path]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: path, Err: fs.ErrNotExist}
	}
	return io.NopCloser(bytes.NewReader(data)), nil
}

// readFile reads a whole file, or standard input for "-"; an error is a
// *records.Error naming the file.
func (e *env) readFile(path string) ([]byte, error) {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(e.stdin)
		path = "standard input"
	} else {
		var f io.ReadCloser
		if f, err = e.open(path); err == nil {
			data, err = io.ReadAll(f)
			f.Close()
		}
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &records.Error{File: path, Err: err}
	}
	return data, nil
}
