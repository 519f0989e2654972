package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Exit statuses. Scripts branch on them, so they never change.
const (
	exitOK      = 0
	exitFailure = 1 // the command could not do its job
	exitUsage   = 2 // bad flags or arguments
	exitRejects = 3 // the command finished, but some inputs were rejected
)

// env is the world a command sees; tests give it buffers instead of the
// process's streams.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// command is one subcommand. Run returns an error for failure; a
// *usageError or an *exitError chooses the exit status.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands lists the subcommands in the order "parley help" shows them.
func commands() []command {
	return []command{
		{"analyze", "analyze one page and print the article, actors, dates, quotes and events", runAnalyze},
		{"actors", "look people, states and organisations up in the knowledge base, with their role on a date", runActors},
		{"ingest", "analyze pages from files, folders, web archives, feeds and URLs and store them in the database", runIngest},
		{"rejects", "list the inputs ingest could not store, with stage and reason", runRejects},
		{"events", "list stored events, filtered by actor, pair, date, type and status", runEvents},
		{"brief", "write a \"what to expect\" briefing for two actors from the database", runBrief},
		{"dates", "print the date expressions of one page, resolved against its publication date", runDates},
		{"demo", "build a database from the built-in sample corpus and print a briefing", runDemo},
		{"bench", "measure a stage against a benchmark (bench extract DIR)", runBench},
		{"extract", "print the clean article (text, title, date, authors) of one page", runExtract},
	}
}

// usageError reports bad flags or arguments; run prints it with a hint.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return &usageError{fmt.Sprintf(format, a...)} }

// exitError carries a chosen exit status for a command that has already
// reported what went wrong.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func run(ctx context.Context, args []string, e *env) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			return run(ctx, []string{args[1], "-h"}, e)
		}
		printHelp(e.stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		var ue *usageError
		var ee *exitError
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, flag.ErrHelp):
			return exitOK
		case errors.As(err, &ue):
			fmt.Fprintf(e.stderr, "parley %s: %s\nRun 'parley %s -h' for usage.\n", c.name, ue.msg, c.name)
			return exitUsage
		case errors.As(err, &ee):
			return ee.code
		default:
			fmt.Fprintf(e.stderr, "parley %s: %v\n", c.name, err)
			return exitFailure
		}
	}
	fmt.Fprintf(e.stderr, "parley: unknown command %q\nRun 'parley help' for the list of commands.\n", args[0])
	return exitUsage
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "Parley turns news pages into a dated, verifiable record of what states and their leaders do to each other.")
	fmt.Fprintln(w, "\nUsage: parley <command> [flags] [arguments]\n\nCommands:")
	cs := commands()
	width := 0
	for _, c := range cs {
		width = max(width, len(c.name))
	}
	for _, c := range cs {
		fmt.Fprintf(w, "  %-*s  %s\n", width, c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'parley <command> -h' for a command's flags.")
}

// newFlags makes a flag set whose -h prints the command's usage line,
// description and flags to the command's stdout.
func newFlags(e *env, name, usage, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: parley %s %s\n\n%s\n", name, usage, strings.TrimSpace(description))
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(w, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses flags that may come before, between or after the
// positional arguments ("parley analyze page.html --format text") and
// returns the positional arguments. "--" ends flag parsing.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, &usageError{err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// fs.Parse stops at "--" too; then everything after is positional.
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// oneOf checks that a flag's value is one of the allowed choices.
func oneOf(flagName, value string, choices ...string) error {
	for _, c := range choices {
		if value == c {
			return nil
		}
	}
	sort.Strings(choices)
	return usagef("--%s must be one of %s, not %q", flagName, strings.Join(choices, ", "), value)
}
