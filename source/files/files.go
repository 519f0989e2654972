// Package files delivers documents from files and folders: saved web pages
// (.html, .htm), plain-text dumps (.txt), and gzip-compressed copies of
// either (.html.gz, …). Folders are walked recursively in name order;
// files of other types inside them are skipped and counted.
//
// Nothing here is fatal. A file that cannot be read — missing, unreadable,
// over the size limit, a truncated or oversized gzip stream, a symbolic
// link that loops — is delivered as an error that names the file, and the
// walk goes on. The walk is built on io/fs, so tests run it on in-memory
// file systems as well as on disk.
package files

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/klauspost/compress/gzip"

	"parley"
	"parley/internal/readall"
)

// maxDepth caps how deep folders nest below a root; deeper ones are
// reported as TooDeep instead of walked. It also ends symbolic-link cycles
// that the loop check cannot see (file systems without file identity).
const maxDepth = 128

// Root is one place to read from: a file or folder inside a file system.
type Root struct {
	FS fs.FS
	// Path is the slash-separated path of the file or folder inside FS;
	// "." is the whole of FS.
	Path string
	// Name is how the user names the top of FS (an OS path such as
	// "corpus" or "/data/news"); a document's locator is Name joined
	// with its path inside FS.
	Name string
}

// OSPath returns the root for a file or folder on disk, named as given.
func OSPath(p string) Root {
	clean := filepath.Clean(p)
	dir, base := filepath.Split(clean)
	if base == "" || base == "." || base == ".." {
		return Root{FS: os.DirFS(clean), Path: ".", Name: p}
	}
	if dir == "" {
		dir = "."
	}
	return Root{FS: os.DirFS(dir), Path: base, Name: filepath.Clean(dir)}
}

// Stats counts what a walk found.
type Stats struct {
	// Inputs is the number of files delivered, read or not.
	Inputs int
	// Skipped is the number of files passed over for their type, and
	// SkippedByExt breaks it down by lower-cased extension ("" for none).
	Skipped      int
	SkippedByExt map[string]int
}

// Walker walks roots and delivers their documents. A Walker is for one
// walk by one goroutine; Stats is complete when the walk has ended.
type Walker struct {
	roots []Root
	max   int64
	stats Stats
}

// New returns a walker over the roots. Documents larger than
// lim.MaxDocBytes (after decompression) are refused; 0 means the default.
func New(lim parley.Limits, roots ...Root) *Walker {
	max := lim.MaxDocBytes
	if max <= 0 {
		max = parley.DefaultLimits().MaxDocBytes
	}
	return &Walker{roots: roots, max: max, stats: Stats{SkippedByExt: map[string]int{}}}
}

// Stats returns the counts of the walk so far.
func (w *Walker) Stats() Stats { return w.stats }

// Documents walks the roots in order and yields each document, or an error
// with a Document whose Locator names the input that could not be read.
// Errors are *parley.Error values: NotFound, Unreadable, TooLarge, TooDeep
// or Empty. Files named explicitly as roots are read whatever their
// extension; inside folders only supported types are.
func (w *Walker) Documents() iter.Seq2[parley.Document, error] {
	return func(yield func(parley.Document, error) bool) {
		for _, r := range w.roots {
			if !w.walkRoot(r, yield) {
				return
			}
		}
	}
}

func (w *Walker) walkRoot(r Root, yield func(parley.Document, error) bool) bool {
	const op = "files.Walk"
	info, err := fs.Stat(r.FS, r.Path)
	if err != nil {
		w.stats.Inputs++
		return yield(parley.Document{Locator: r.locator(r.Path)}, statError(op, err))
	}
	if info.IsDir() {
		return w.walkDir(r, r.Path, []fs.FileInfo{info}, yield)
	}
	return w.readFile(r, r.Path, info, yield)
}

// walkDir walks one folder. ancestors holds the folders from the root down
// to dir, to recognise a symbolic link that points back up.
func (w *Walker) walkDir(r Root, dir string, ancestors []fs.FileInfo, yield func(parley.Document, error) bool) bool {
	const op = "files.Walk"
	if len(ancestors) > maxDepth {
		w.stats.Inputs++
		return yield(parley.Document{Locator: r.locator(dir)},
			parley.E(op, parley.TooDeep, fmt.Sprintf("folders nest more than %d levels deep", maxDepth)))
	}
	entries, err := fs.ReadDir(r.FS, dir)
	if err != nil {
		// ReadDir returns what it could read before the error; report
		// the folder and walk the entries it did give.
		w.stats.Inputs++
		if !yield(parley.Document{Locator: r.locator(dir)}, parley.E(op, parley.Unreadable, fmt.Errorf("cannot list folder: %w", err))) {
			return false
		}
	}
	for _, e := range entries {
		p := path.Join(dir, e.Name())
		typ := e.Type()
		var info fs.FileInfo
		if typ&fs.ModeSymlink != 0 {
			// Follow the link to see what it points at.
			info, err = fs.Stat(r.FS, p)
			if err != nil {
				w.stats.Inputs++
				if !yield(parley.Document{Locator: r.locator(p)}, parley.E(op, parley.Unreadable, fmt.Errorf("broken or looping symbolic link: %w", err))) {
					return false
				}
				continue
			}
		} else if info, err = e.Info(); err != nil {
			w.stats.Inputs++
			if !yield(parley.Document{Locator: r.locator(p)}, statError(op, err)) {
				return false
			}
			continue
		}

		switch {
		case info.IsDir():
			if loopsBack(info, ancestors) {
				w.stats.Inputs++
				if !yield(parley.Document{Locator: r.locator(p)}, parley.E(op, parley.Unreadable, "symbolic link loop: it points back to a folder that contains it")) {
					return false
				}
				continue
			}
			if !w.walkDir(r, p, append(ancestors[:len(ancestors):len(ancestors)], info), yield) {
				return false
			}
		case !info.Mode().IsRegular():
			// Devices, sockets and named pipes: reading a pipe could
			// block for ever, and none of them holds a saved page.
			w.skip(e.Name(), true)
		case !supported(e.Name()):
			w.skip(e.Name(), false)
		default:
			if !w.readFile(r, p, info, yield) {
				return false
			}
		}
	}
	return true
}

// loopsBack reports whether dir is one of its own ancestors.
func loopsBack(dir fs.FileInfo, ancestors []fs.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(dir, a) {
			return true
		}
	}
	return false
}

func (w *Walker) skip(name string, special bool) {
	ext := strings.ToLower(path.Ext(name))
	if special {
		ext = "(not a regular file)"
	}
	w.stats.Skipped++
	w.stats.SkippedByExt[ext]++
}

func (w *Walker) readFile(r Root, p string, info fs.FileInfo, yield func(parley.Document, error) bool) bool {
	const op = "files.Read"
	w.stats.Inputs++
	doc := parley.Document{Locator: r.locator(p), ContentType: contentType(p)}
	// Refuse an oversized file before reading any of it. A compressed
	// file this large would be larger still once decompressed.
	if info.Size() > w.max {
		return yield(doc, parley.E(op, parley.TooLarge, fmt.Sprintf("the file is %d bytes, over the limit of %d", info.Size(), w.max)))
	}
	f, err := r.FS.Open(p)
	if err != nil {
		return yield(doc, statError(op, err))
	}
	body, err := readBody(f, w.max, isGzipName(p), info.Size())
	f.Close()
	if err != nil {
		return yield(doc, err)
	}
	doc.Body = body
	return yield(doc, nil)
}

// Reader returns a source of the one document that r holds, such as
// standard input, under the given locator. Gzip-compressed input is
// recognised by its first bytes and decompressed.
func Reader(locator string, r io.Reader, lim parley.Limits) iter.Seq2[parley.Document, error] {
	max := lim.MaxDocBytes
	if max <= 0 {
		max = parley.DefaultLimits().MaxDocBytes
	}
	return func(yield func(parley.Document, error) bool) {
		doc := parley.Document{Locator: locator}
		body, err := ReadBody(r, max, false)
		if err == nil {
			doc.Body = body
		}
		yield(doc, err)
	}
}

// ReadBody reads a whole document from r, decompressing it when gz is set
// or when it starts with the gzip signature. It never returns part of a
// document: more than max bytes (after decompression) is a TooLarge
// error, a damaged or truncated gzip stream or a failing reader is
// Unreadable, and nothing at all is Empty.
func ReadBody(r io.Reader, max int64, gz bool) ([]byte, error) {
	return readBody(r, max, gz, 0)
}

// readBody is ReadBody for an input whose size is known to be about
// size bytes (0 when unknown), such as a file, read into one buffer.
func readBody(r io.Reader, max int64, gz bool, size int64) ([]byte, error) {
	const op = "files.ReadBody"
	br := bufio.NewReader(r)
	magic, err := br.Peek(2)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, parley.E(op, parley.Unreadable, fmt.Errorf("read failed: %w", err))
	}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		gz = true
	}
	var src io.Reader = br
	if gz {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, parley.E(op, parley.Unreadable, fmt.Errorf("not a valid gzip stream: %w", readError(err)))
		}
		defer zr.Close()
		src = zr
		size = 0 // the decompressed size is not the file's
	}
	body, err := readall.Sized(io.LimitReader(src, max+1), min(size, max+1))
	if int64(len(body)) > max {
		what := "the document is"
		if gz {
			what = "the document decompresses to"
		}
		return nil, parley.E(op, parley.TooLarge, fmt.Sprintf("%s more than %d bytes, the limit", what, max))
	}
	if err != nil {
		kind := parley.Unreadable
		if errors.Is(err, os.ErrDeadlineExceeded) {
			kind = parley.Timeout
		}
		if gz && errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, parley.E(op, kind, "the gzip stream is truncated")
		}
		return nil, parley.E(op, kind, fmt.Errorf("read failed: %w", readError(err)))
	}
	if len(body) == 0 {
		return nil, parley.E(op, parley.Empty, "the document is empty")
	}
	return body, nil
}

// readError keeps an error's message but not its type, so a reader's
// error cannot be mistaken for one of the project's.
func readError(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

func statError(op string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return parley.E(op, parley.NotFound, "no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return parley.E(op, parley.Unreadable, "permission denied")
	}
	return parley.E(op, parley.Unreadable, err)
}

// supported reports whether a file in a folder is of a type Parley reads.
func supported(name string) bool {
	n := strings.ToLower(name)
	n = strings.TrimSuffix(n, ".gz")
	switch path.Ext(n) {
	case ".html", ".htm", ".txt":
		return true
	}
	return false
}

func isGzipName(name string) bool { return strings.HasSuffix(strings.ToLower(name), ".gz") }

// contentType guesses the media type from the name; "" leaves it to
// extraction to sniff.
func contentType(name string) string {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch path.Ext(n) {
	case ".html", ".htm":
		return "text/html"
	case ".txt":
		return "text/plain"
	}
	return ""
}

// locator returns the OS path of p, a path inside the root's FS, as the
// user would type it.
func (r Root) locator(p string) string {
	if r.Name == "" {
		return filepath.FromSlash(p)
	}
	return filepath.Join(r.Name, filepath.FromSlash(p))
}
