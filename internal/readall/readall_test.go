package readall

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// The hint never changes what is read: too small, exact, too large or
// unknown, from readers that return little at a time or fail.
func TestSized(t *testing.T) {
	text := strings.Repeat("Envoys met in the capital. ", 80) // 2,160 bytes
	readers := map[string]func(io.Reader) io.Reader{
		"plain":   func(r io.Reader) io.Reader { return r },
		"onebyte": iotest.OneByteReader,
		"half":    iotest.HalfReader,
		"dataerr": iotest.DataErrReader,
	}
	for _, size := range []int64{-1, 0, 1, 511, 512, 2159, 2160, 2161, 1 << 20} {
		for name, wrap := range readers {
			got, err := Sized(wrap(strings.NewReader(text)), size)
			if err != nil || string(got) != text {
				t.Errorf("%s, size %d: %d bytes, %v; want the %d-byte text", name, size, len(got), err, len(text))
			}
		}
	}
	gone := errors.New("device gone")
	got, err := Sized(io.MultiReader(strings.NewReader(text[:100]), iotest.ErrReader(gone)), 2160)
	if !errors.Is(err, gone) || string(got) != text[:100] {
		t.Errorf("failing reader: %d bytes, %v; want the first 100 bytes and its error", len(got), err)
	}
	if got, err := Sized(strings.NewReader(""), 100); err != nil || len(got) != 0 {
		t.Errorf("empty reader: %q, %v", got, err)
	}
}

// The buffer is allocated once when the hint is right.
func TestSizedAllocatesOnce(t *testing.T) {
	text := strings.Repeat("x", 100_000)
	r := strings.NewReader(text)
	allocs := testing.AllocsPerRun(20, func() {
		r.Reset(text)
		if _, err := Sized(r, int64(len(text))); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 1 {
		t.Errorf("Sized with the right hint allocated %.0f times, want 1", allocs)
	}
}
