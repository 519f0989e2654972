package parley_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestDocCommentsNameTheirDeclaration checks that the doc comment of every
// top-level declaration in the module begins with the declaration's name
// ("crowd reports whether …", "A Happening is …"). A helper inserted
// between a comment and its declaration would otherwise leave the comment
// describing the wrong thing, as happened more than once.
func TestDocCommentsNameTheirDeclaration(t *testing.T) {
	err := filepath.WalkDir(".", func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && (strings.HasPrefix(e.Name(), ".") || e.Name() == "testdata") && path != "." {
			return filepath.SkipDir
		}
		if e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		for _, d := range f.Decls {
			name, doc := declared(d)
			if doc == nil || name == "" {
				continue
			}
			words := strings.Fields(doc.Text())
			if len(words) > 0 && !namesFirst(words, name) { // (a "//go:embed" line alone is no doc text)
				t.Errorf("%s: the doc comment of %s begins %q", fset.Position(d.Pos()), name, strings.Join(words[:min(len(words), 4)], " "))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// declared returns the name and doc comment of a declaration of one
// thing; "" for a group in parentheses, whose comment speaks of them all.
func declared(d ast.Decl) (string, *ast.CommentGroup) {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Name.Name, d.Doc
	case *ast.GenDecl:
		if len(d.Specs) != 1 || d.Lparen.IsValid() {
			return "", nil
		}
		switch s := d.Specs[0].(type) {
		case *ast.ValueSpec:
			return s.Names[0].Name, d.Doc
		case *ast.TypeSpec:
			return s.Name.Name, d.Doc
		}
	}
	return "", nil
}

// namesFirst reports whether words open with name, perhaps after an
// article.
func namesFirst(words []string, name string) bool {
	if len(words) > 1 && (words[0] == "A" || words[0] == "An" || words[0] == "The") {
		words = words[1:]
	}
	return len(words) > 0 && strings.TrimRight(words[0], ",.:;") == name
}
