package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/policycode/iomstrategy/internal/records"
)

// command is one subcommand of the tool. Each lives in its own file and
// registers itself from an init function.
type command struct {
	name    string
	summary string // one line for the command list
	usage   string // the synopsis after the command name
	run     func(e *env, args []string) error
}

var commands = map[string]*command{}

func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("iomstrategy: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// Exit statuses.
const (
	exitOK      = 0
	exitCheck   = 1 // the command ran and a check the caller asked for failed
	exitBadArgs = 2 // bad usage or bad input
)

// errCheckFailed is returned by a command that ran fully, printed its
// result, and found that a check the caller asked for did not hold.
var errCheckFailed = errors.New("check failed")

// usageError is bad usage: an unknown flag, a missing argument.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// errHelp is returned when the caller asked for help with -h.
var errHelp = flag.ErrHelp

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		printHelp(stderr)
		return exitBadArgs
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 {
			c, ok := commands[rest[0]]
			if !ok {
				fmt.Fprintf(stderr, "iomstrategy: unknown command %q\n", rest[0])
				return exitBadArgs
			}
			rest = []string{"-h"}
			return finish(e, c.name, c.run(&env{stdin: stdin, stdout: stdout, stderr: stdout}, rest))
		}
		printHelp(stdout)
		return exitOK
	case "version", "-version", "--version":
		return finish(e, "version", runVersion(e, rest))
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "iomstrategy: unknown command %q; run 'iomstrategy help' for the list\n", name)
		return exitBadArgs
	}
	return finish(e, name, c.run(e, rest))
}

// finish turns a command's error into a message on standard error and an
// exit status.
func finish(e *env, name string, err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelp):
		return exitOK
	case errors.Is(err, errCheckFailed):
		fmt.Fprintf(e.stderr, "iomstrategy %s: %v\n", name, err)
		return exitCheck
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "iomstrategy %s: %v\nrun 'iomstrategy %s -h' for usage\n", name, err, name)
		return exitBadArgs
	default:
		fmt.Fprintf(e.stderr, "iomstrategy %s: %v\n", name, err)
		return exitBadArgs
	}
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "iomstrategy: the IOM Strategy (Council Resolution No. 1150 (XCIII)) as exact, explained rules")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: iomstrategy <command> [flags] [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].summary)
	}
	fmt.Fprintf(w, "  %-12s %s\n", "help", "show this list, or a command's usage: help <command>")
	fmt.Fprintf(w, "  %-12s %s\n", "version", "print the tool's version")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Every command takes --format text|json|csv (rules: markdown|html|json; allocate, screen, ledger and align also xlsx). Exit status: 0 success, 1 a requested check failed, 2 bad usage or input.")
}

// runVersion prints the tool's version: "iomstrategy v1.2.3" in text,
// {"name": "iomstrategy", "version": ...} in JSON, the same two columns in
// CSV.
func runVersion(e *env, args []string) error {
	f := newFlags(e, &command{name: "version", summary: "print the tool's version", usage: "[--format text|json|csv]"}, formatJSON, formatCSV)
	if err := f.parse(args); err != nil {
		return err
	}
	if f.NArg() > 0 {
		return usagef("unexpected argument %q", f.Arg(0))
	}
	switch f.Format() {
	case formatJSON:
		return writeJSON(e.stdout, struct {
			Name    string `json:"name"`
			Version string `json:"version"`
		}{"iomstrategy", version()})
	case formatCSV:
		return writeCSV(e.stdout, []string{"name", "version"}, [][]string{{"iomstrategy", version()}})
	}
	_, err := fmt.Fprintln(e.stdout, "iomstrategy", version())
	return err
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// output formats.
const (
	formatText = "text"
	formatJSON = "json"
	formatCSV  = "csv"
)

// flags is a command's flag set with the conventions every command shares.
type flags struct {
	*flag.FlagSet
	cmd    *command
	format *string
	// formats the command supports, text first.
	formats []string
}

// newFlags makes the flag set of a command, with --format limited to the
// given formats (text is always allowed).
func newFlags(e *env, c *command, formats ...string) *flags {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	all := append([]string{formatText}, formats...)
	f := &flags{FlagSet: fs, cmd: c, formats: all}
	f.format = fs.String("format", formatText, "output format: "+strings.Join(all, "|"))
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: iomstrategy %s %s\n\n%s\n\nFlags:\n", c.name, c.usage, c.summary)
		fs.PrintDefaults()
	}
	return f
}

// parse parses the arguments and checks --format.
func (f *flags) parse(args []string) error {
	if err := f.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return &usageError{msg: err.Error()}
	}
	for _, ok := range f.formats {
		if *f.format == ok {
			return nil
		}
	}
	return usagef("--format %q: want %s", *f.format, strings.Join(f.formats, "|"))
}

// given reports whether the caller gave the flag on the command line, even
// with its default or an empty value.
func (f *flags) given(name string) bool {
	set := false
	f.Visit(func(fl *flag.Flag) { set = set || fl.Name == name })
	return set
}

// Format returns the chosen output format.
func (f *flags) Format() string { return *f.format }

// readInput reads a CSV, JSON or xlsx input named by a flag: a file path,
// or "-" for standard input. explicit is the --input-format flag ("" to go
// by the file's extension; standard input then needs it). sheet is the
// sheet of a workbook to read, named by sheetFlag ("" for the first sheet);
// it is refused for an input that is no workbook.
func readInput(e *env, path, explicit, sheet, sheetFlag string) (records.Table, error) {
	format, err := records.FormatOf(path, explicit)
	if err != nil {
		return records.Table{}, err
	}
	if sheet != "" && format != records.XLSX {
		return records.Table{}, usagef("%s %q: %s is read as %s, not as an .xlsx workbook", sheetFlag, sheet, path, format)
	}
	read := func(r io.Reader, file string) (records.Table, error) {
		if format == records.XLSX {
			return records.ReadXLSX(r, file, sheet)
		}
		return records.Read(r, file, format)
	}
	if path == "-" {
		return read(e.stdin, "standard input")
	}
	f, err := os.Open(path)
	if err != nil {
		return records.Table{}, &records.Error{File: path, Err: errors.Unwrap(err)}
	}
	defer f.Close()
	return read(f, path)
}

// sheetHelp is the help of a --sheet flag.
func sheetHelp(input string) string {
	return "the sheet of an .xlsx " + input + " to read (default: the workbook's first sheet)"
}
