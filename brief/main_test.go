package brief_test

import (
	"os"
	"testing"
)

var tempDirs []string

// mkdirTemp makes a folder that outlives single tests and is removed when
// the package's tests end.
func mkdirTemp() (string, error) {
	d, err := os.MkdirTemp("", "parley-brief-")
	if err == nil {
		tempDirs = append(tempDirs, d)
	}
	return d, err
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, d := range tempDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}
