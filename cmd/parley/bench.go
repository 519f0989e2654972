package main

import (
	"context"
	"sort"
	"strings"
)

// benchmarks lists the "parley bench" subcommands.
var benchmarks = map[string]func(ctx context.Context, e *env, args []string) error{
	"extract": runBenchExtract,
	"events":  runBenchEvents,
	"actors":  runBenchActors,
	"ingest":  runBenchIngest,
}

// runBench dispatches "parley bench NAME …" to the named benchmark.
func runBench(ctx context.Context, e *env, args []string) error {
	names := make([]string, 0, len(benchmarks))
	for n := range benchmarks {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) == 0 {
			return usagef("want a benchmark: %s", strings.Join(names, ", "))
		}
		e.stdout.Write([]byte("Usage: parley bench NAME [flags] [arguments]\n\nBenchmarks: " + strings.Join(names, ", ") + "\nRun 'parley bench NAME -h' for a benchmark's flags.\n"))
		return nil
	}
	run, ok := benchmarks[args[0]]
	if !ok {
		return usagef("unknown benchmark %q; want one of %s", args[0], strings.Join(names, ", "))
	}
	return run(ctx, e, args[1:])
}
