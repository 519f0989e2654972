// Package readall reads a whole input whose length is known, or nearly
// known, in advance: a file's size, a WARC record's Content-Length.
package readall

import "io"

// Sized is io.ReadAll starting from a buffer of capacity size+1, so that
// an input of about size bytes is read into one buffer instead of one
// grown by doubling; the copies and the garbage of growing showed in
// ingest's profiles. size is only a hint: a longer input is read whole,
// a shorter one wastes the difference. size <= 0 means unknown.
func Sized(r io.Reader, size int64) ([]byte, error) {
	b := make([]byte, 0, max(size+1, 512))
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // let append pick the next capacity
		}
	}
}
