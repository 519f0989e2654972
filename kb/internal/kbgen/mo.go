package main

import (
	"encoding/binary"
	"fmt"
	"os"
)

// readMO reads a GNU gettext catalogue (.mo file) and returns its
// translations keyed by the English message. The format is a small header
// followed by two tables of (length, offset) pairs: originals and
// translations, in the same order.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 20 {
		return nil, fmt.Errorf("%s: too short for a .mo file", path)
	}
	var order binary.ByteOrder
	switch binary.LittleEndian.Uint32(b) {
	case 0x950412de:
		order = binary.LittleEndian
	case 0xde120495:
		order = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	n := int(order.Uint32(b[8:]))
	origs := int(order.Uint32(b[12:]))
	trans := int(order.Uint32(b[16:]))
	str := func(table, i int) (string, error) {
		at := table + 8*i
		if at+8 > len(b) {
			return "", fmt.Errorf("%s: table out of range", path)
		}
		l := int(order.Uint32(b[at:]))
		off := int(order.Uint32(b[at+4:]))
		if off < 0 || off+l > len(b) {
			return "", fmt.Errorf("%s: string out of range", path)
		}
		return string(b[off : off+l]), nil
	}
	out := make(map[string]string, n)
	for i := 0; i < n; i++ {
		o, err := str(origs, i)
		if err != nil {
			return nil, err
		}
		t, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		if o != "" && t != "" {
			out[o] = t
		}
	}
	return out, nil
}
