package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/policycode/iomstrategy/internal/records"
)

// command describes one subcommand of the tool. Each lives in its own file
// and registers itself from an init function; the cobra commands are built
// from these descriptions afresh for every run (tests run the tool
// in-process many times), so no flag value outlives a run.
type command struct {
	name    string
	summary string // one line for the command list
	// usage is the synopsis after the command's path; further lines are
	// its other forms and notes, printed in its help.
	usage string
	// formats are the output formats besides the default one.
	formats []string
	// defaultFormat is text unless set (the rule book's is markdown).
	defaultFormat string
	// define adds the command's flags and returns what runs it with the
	// positional arguments; nil for a group of subcommands.
	define func(e *env, f *flags) func(args []string) error
	// subcommands of a group, such as governance bodies.
	subcommands []*command
}

var commands []*command

func register(c *command) {
	for _, d := range commands {
		if d.name == c.name {
			panic("iomstrategy: command registered twice: " + c.name)
		}
	}
	commands = append(commands, c)
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

const rootSummary = "the IOM Strategy (Council Resolution No. 1150 (XCIII)) as exact, explained rules"

const rootLong = "iomstrategy: " + rootSummary + `

Every command takes --format text|json|csv (rules: markdown|html|json;
allocate, screen, ledger and align also xlsx). Results go to standard
output, diagnostics to standard error. Exit status: 0 success, 1 a check
the caller asked for failed, 2 bad usage or input.`

// newRoot builds the command tree for one run.
func newRoot(e *env) *cobra.Command { return newRootFor(e, "") }

// newRootFor builds the tree with only the command named only when it is
// one (a run of that command needs no other, and building every command's
// flags is most of the cost of a short run, such as a server's request);
// with every command otherwise.
func newRootFor(e *env, only string) *cobra.Command {
	root := &cobra.Command{
		Use:                        "iomstrategy",
		Short:                      rootSummary,
		Long:                       rootLong,
		Version:                    version(),
		SuggestionsMinimumDistance: 2,
		SilenceErrors:              true,
		SilenceUsage:               true,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return unknownCommand(c, args[0])
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			// No command: the list, on standard error, as bad usage.
			c.SetOut(e.stderr)
			c.Help()
			return usagef("want a command")
		},
	}
	root.SetVersionTemplate("iomstrategy {{.Version}}\n")
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetFlagErrorFunc(flagError)
	root.SetHelpCommand(&cobra.Command{
		Use:   "help [command]",
		Short: "help about any command",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			if target, rest, err := root.Find(args); err != nil || target == root || len(rest) > 0 {
				parent := root
				if err == nil && target != root {
					parent = target
				}
				if len(rest) == 0 {
					rest = args
				}
				return unknownCommand(parent, rest[0])
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			target, _, _ := root.Find(args)
			return target.Help()
		},
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var names []cobra.Completion
			for _, sub := range root.Commands() {
				if sub.IsAvailableCommand() && strings.HasPrefix(sub.Name(), toComplete) {
					names = append(names, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
	})
	for _, c := range commands {
		if c.name == only {
			root.AddCommand(build(e, c))
			return root
		}
	}
	root.AddCommand(build(e, versionCommand))
	for _, c := range commands {
		root.AddCommand(build(e, c))
	}
	return root
}

// flagError is the one-line message of a flag the command line got wrong:
// a value of the wrong kind names the flag, the value (at most 40
// characters of it) and what the flag wants.
func flagError(_ *cobra.Command, err error) error {
	var bad *pflag.InvalidValueError
	if errors.As(err, &bad) {
		want := "a valid " + bad.GetFlag().Value.Type()
		switch bad.GetFlag().Value.Type() {
		case "int":
			want = "a whole number, such as 3"
		case "bool":
			want = "true or false"
		}
		return usagef("--%s %q: invalid value: want %s", bad.GetFlag().Name, clip(bad.GetValue()), want)
	}
	return &usageError{msg: err.Error()}
}

// clip cuts a value quoted in a message to 40 characters.
func clip(v string) string {
	if r := []rune(v); len(r) > 40 {
		return string(r[:40]) + "..."
	}
	return v
}

// unknownCommand is the error for a name that is no command of parent,
// with the nearest names.
func unknownCommand(parent *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q", name)
	if parent.HasParent() {
		msg = fmt.Sprintf("unknown command %q for %q", name, parent.CommandPath())
	}
	if s := parent.SuggestionsFor(name); len(s) > 0 {
		msg += "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return &usageError{msg: msg}
}

// build makes the cobra command of a description.
func build(e *env, c *command) *cobra.Command {
	forms, notes := splitUsage(c.name, c.usage)
	long := c.summary
	if len(forms) > 1 {
		long += "\n\nForms:\n\n    iomstrategy " + strings.Join(forms, "\n    iomstrategy ")
	}
	if notes != "" {
		long += "\n\n" + notes
	}
	cc := &cobra.Command{
		Use:                        strings.TrimSpace(forms[0]),
		Short:                      c.summary,
		Long:                       long,
		DisableFlagsInUseLine:      true,
		SuggestionsMinimumDistance: 2,
	}
	cc.Flags().SortFlags = false
	if c.define == nil {
		// A group: it runs only its subcommands.
		cc.Args = func(cc *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("want a subcommand: %s", subcommandNames(cc))
			}
			return unknownCommand(cc, args[0])
		}
		cc.RunE = func(*cobra.Command, []string) error { return nil }
	} else {
		f := newFlags(cc.Flags(), c.defaultFormat, c.formats)
		run := c.define(e, f)
		cc.RunE = func(_ *cobra.Command, args []string) error {
			if err := f.checkFormat(); err != nil {
				return err
			}
			return run(args)
		}
		cc.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(f.formats, cobra.ShellCompDirectiveNoFileComp))
	}
	for _, s := range c.subcommands {
		cc.AddCommand(build(e, s))
	}
	return cc
}

// splitUsage reads a usage text: its first line is the synopsis after the
// command's name, further lines written "       iomstrategy NAME ..." are
// other forms of the command, and what follows them is notes. The forms
// come back as "NAME ...".
func splitUsage(name, usage string) (forms []string, notes string) {
	lines := strings.Split(usage, "\n")
	forms = []string{strings.TrimSpace(name + " " + lines[0])}
	i := 1
	for ; i < len(lines); i++ {
		form, ok := strings.CutPrefix(strings.TrimLeft(lines[i], " "), "iomstrategy ")
		if !ok {
			break
		}
		// A subcommand's other forms are written with the group's name.
		if _, sub, ok := strings.Cut(form, " "+name+" "); ok && !strings.HasPrefix(form, name+" ") {
			form = name + " " + sub
		}
		forms = append(forms, form)
	}
	return forms, strings.TrimSpace(strings.Join(lines[i:], "\n"))
}

func subcommandNames(c *cobra.Command) string {
	var names []string
	for _, s := range c.Commands() {
		names = append(names, s.Name())
	}
	return strings.Join(names, " or ")
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	name, err := execute(&env{stdin: stdin, stdout: stdout, stderr: stderr}, args)
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errCheckFailed):
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitCheck
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "%s: %v\nrun '%s --help' for usage\n", name, err, name)
		return exitBadArgs
	default:
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return exitBadArgs
	}
}

// execute runs a command line in e: it returns the path of the command
// that ran ("iomstrategy allocate") and its error.
func execute(e *env, args []string) (string, error) {
	only := ""
	if len(args) > 0 {
		only = args[0]
	}
	root := newRootFor(e, only)
	root.SetArgs(args)
	c, err := root.ExecuteC()
	name := "iomstrategy"
	if c != nil && c.Name() != "help" {
		name = c.CommandPath()
	}
	return name, err
}

// versionCommand prints the tool's version: "iomstrategy v1.2.3" in text,
// {"name": "iomstrategy", "version": ...} in JSON, the same two columns in
// CSV.
var versionCommand = &command{
	name:    "version",
	summary: "print the tool's version",
	formats: []string{formatJSON, formatCSV},
	define: func(e *env, f *flags) func([]string) error {
		return func(args []string) error {
			if len(args) > 0 {
				return usagef("unexpected argument %q", args[0])
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
	},
}

// version is the tool's module version, read once from the build.
var version = sync.OnceValue(func() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
})

// output formats.
const (
	formatText = "text"
	formatJSON = "json"
	formatCSV  = "csv"
)

// flags is a command's flag set with the conventions every command shares.
type flags struct {
	*pflag.FlagSet
	format *string
	// formats the command supports, the default first.
	formats []string
}

// newFlags adds --format to a command's flag set, limited to the default
// format (text when "") and the given ones.
func newFlags(fs *pflag.FlagSet, def string, formats []string) *flags {
	if def == "" {
		def = formatText
	}
	all := append([]string{def}, formats...)
	f := &flags{FlagSet: fs, formats: all}
	f.format = fs.String("format", def, "output format: "+strings.Join(all, "|"))
	return f
}

// checkFormat checks --format.
func (f *flags) checkFormat() error {
	if slices.Contains(f.formats, *f.format) {
		return nil
	}
	return usagef("--format %q: want %s", *f.format, strings.Join(f.formats, "|"))
}

// given reports whether the caller gave the flag on the command line, even
// with its default or an empty value.
func (f *flags) given(name string) bool { return f.Changed(name) }

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
	f, err := e.open(path)
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
