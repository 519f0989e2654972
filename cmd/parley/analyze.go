package main

import (
	"context"
	"errors"
)

func runAnalyze(ctx context.Context, e *env, args []string) error {
	return errors.New("not wired yet")
}
