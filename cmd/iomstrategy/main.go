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
	"io"
	"os"
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
}
