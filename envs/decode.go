package envs

import (
	"bytes"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// decoder lays one YAML document over a Spec strictly, collecting every
// problem instead of stopping at the first, and remembers where each value
// stood so that validation can point at it too.
//
// goccy/go-yaml's own strict decoder stops at the first unknown field; walking
// its AST ourselves is what lets one run report everything.
type decoder struct {
	file     string
	problems Problems
	// pos maps a dotted field path to the position of its value (or, for a
	// mapping, of its key).
	pos map[string]*token.Position
}

func (d *decoder) add(tk *token.Token, field, format string, args ...any) {
	p := Problem{File: d.file, Field: field, Message: fmt.Sprintf(format, args...)}
	if tk != nil && tk.Position != nil {
		p.Line, p.Column = tk.Position.Line, tk.Position.Column
	}
	d.problems = append(d.problems, p)
}

// failed reports whether field, or a mapping it is part of, had a decoding
// problem.
func (d *decoder) failed(field string) bool {
	for _, p := range d.problems {
		if p.Field == field || strings.HasPrefix(field, p.Field+".") {
			return true
		}
	}
	return false
}

// decodeFile parses src and decodes its single document into spec. It
// returns false when the file could not be read as a spec at all (a syntax
// error, no document), so that validating it would say nothing useful.
func (d *decoder) decodeFile(src []byte, spec *Spec) bool {
	src, ok := d.screen(src)
	if !ok {
		return false
	}
	f, err := parser.ParseBytes(src, 0)
	if err != nil {
		var tk *token.Token
		msg := err.Error()
		if se, ok := err.(*yaml.SyntaxError); ok {
			tk, msg = se.Token, se.Message
		}
		if strings.Contains(msg, "already defined") {
			// The parser refuses duplicate keys before we see them.
			d.add(tk, "", "%s; keep one of them", msg)
			return false
		}
		d.add(tk, "", "YAML syntax error: %s; fix the syntax (indent with spaces, one key per line)", msg)
		return false
	}
	var docs []*ast.DocumentNode
	for _, doc := range f.Docs {
		if doc != nil && doc.Body != nil {
			docs = append(docs, doc)
		}
	}
	switch {
	case len(docs) == 0:
		d.add(nil, "", "the file is empty; an environment needs at least region, network.cidr, lambda.image_uri and tags")
		return false
	case len(docs) > 1:
		at := docs[1].Start
		if at == nil {
			at = docs[1].Body.GetToken()
		}
		d.add(at, "", "the file holds %d YAML documents; keep exactly one (remove the extra '---')", len(docs))
		return false
	}
	return d.decodeStruct(docs[0].Body, reflect.ValueOf(spec).Elem(), "")
}

// MaxSpecSize bounds a spec file: the largest real spec is about 2 KiB, and
// the YAML parser's time grows faster than the input.
const MaxSpecSize = 64 << 10

// maxNesting bounds the nesting of flow collections ([...] and {...}): a
// spec is three levels deep, and the parser's time grows with the depth.
const maxNesting = 16

// screen refuses, before the YAML parser sees it, what is not a spec's
// text: a file too large, bytes that are not UTF-8, control characters,
// flow collections nested too deep. It drops a leading byte-order mark,
// which editors on Windows write and YAML allows.
func (d *decoder) screen(src []byte) ([]byte, bool) {
	at := func(offset int) *token.Token {
		line := 1 + bytes.Count(src[:offset], []byte("\n"))
		column := offset - bytes.LastIndexByte(src[:offset], '\n')
		return &token.Token{Position: &token.Position{Line: line, Column: column}}
	}
	if len(src) > MaxSpecSize {
		d.add(nil, "", "the file is %d bytes; a spec is at most %d KiB (is this the right file?)", len(src), MaxSpecSize>>10)
		return nil, false
	}
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	depth, quote, comment := 0, byte(0), false
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			d.add(at(i), "", "byte 0x%02x is not UTF-8 text; save the file as UTF-8", src[i])
			return nil, false
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0x7f, r == '\ufeff':
			d.add(at(i), "", "holds the control character %U; remove it", r)
			return nil, false
		}
		c := src[i]
		switch {
		case comment:
			comment = c != '\n'
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '#':
			comment = true
		case c == '[' || c == '{':
			if depth++; depth > maxNesting {
				d.add(at(i), "", "collections nest more than %d levels deep here; a spec is at most 3 levels deep", maxNesting)
				return nil, false
			}
		case c == ']' || c == '}':
			depth--
		case c == '\n':
			quote = 0
		}
		i += size
	}
	return src, true
}

// yamlFields maps the YAML keys of a struct type to field indexes.
func yamlFields(t reflect.Type) (map[string]int, []string) {
	byKey := map[string]int{}
	var keys []string
	for i := range t.NumField() {
		key, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if key == "" || key == "-" {
			continue
		}
		byKey[key] = i
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return byKey, keys
}

// removed are keys earlier versions of the spec had, with what to do instead.
var removed = map[string]string{
	"database.deletion_protection": "deletion protection follows protect_data (true: deletion protection, a final snapshot and prevent_destroy on all data); remove the key",
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// unwrap removes anchors and reports the YAML features a spec does not use.
func (d *decoder) unwrap(node ast.Node, field string) ast.Node {
	for {
		switch n := node.(type) {
		case *ast.AnchorNode:
			node = n.Value
		case *ast.TagNode:
			d.add(n.GetToken(), field, "YAML tags such as %s are not supported; write the plain value", n.Start.Value)
			return nil
		case *ast.AliasNode:
			d.add(n.GetToken(), field, "YAML aliases (*name) are not supported; write the value out")
			return nil
		default:
			return node
		}
	}
}

// decodeStruct decodes a mapping into the struct v; it returns false when
// node is not a mapping at all.
func (d *decoder) decodeStruct(node ast.Node, v reflect.Value, prefix string) bool {
	node = d.unwrap(node, prefix)
	if node == nil {
		return false
	}
	what := "the top level"
	if prefix != "" {
		what = prefix
	}
	m, ok := node.(ast.MapNode)
	if !ok {
		d.add(node.GetToken(), prefix, "expected a mapping of keys to values at %s, got %s", what, describe(node))
		return false
	}
	byKey, keys := yamlFields(v.Type())
	for it := m.MapRange(); it.Next(); {
		keyNode, valueNode := it.Key(), it.Value()
		key := keyNode.String()
		if s, ok := keyNode.(*ast.StringNode); ok {
			key = s.Value
		}
		field := join(prefix, key)
		idx, known := byKey[key]
		if fix, gone := removed[field]; gone {
			d.add(keyNode.GetToken(), field, "was removed: %s", fix)
			continue
		}
		if !known {
			d.add(keyNode.GetToken(), field, "unknown key; allowed keys %s: %s", inWhat(prefix), strings.Join(keys, ", "))
			continue
		}
		d.pos[field] = keyNode.GetToken().Position
		if _, isNull := valueNode.(*ast.NullNode); isNull {
			d.add(keyNode.GetToken(), field, "has no value; set one, or remove the key to use the default")
			continue
		}
		d.decodeValue(valueNode, v.Field(idx), field)
	}
	return true
}

func inWhat(prefix string) string {
	if prefix == "" {
		return "at the top level"
	}
	return "in " + prefix
}

func (d *decoder) decodeValue(node ast.Node, v reflect.Value, field string) {
	node = d.unwrap(node, field)
	if node == nil {
		return
	}
	if tk := node.GetToken(); tk != nil {
		d.pos[field] = tk.Position
	}
	switch v.Kind() {
	case reflect.Struct:
		d.decodeStruct(node, v, field)
	case reflect.String:
		switch n := node.(type) {
		case *ast.StringNode:
			v.SetString(n.Value)
		case *ast.LiteralNode:
			v.SetString(n.Value.Value)
		case *ast.IntegerNode, *ast.FloatNode:
			// An unquoted 15.8 is a float to YAML but a version string to us.
			v.SetString(node.GetToken().Value)
		default:
			d.add(node.GetToken(), field, "expected a string, got %s", describe(node))
		}
	case reflect.Int:
		n, ok := node.(*ast.IntegerNode)
		if !ok {
			d.add(node.GetToken(), field, "expected a whole number, got %s", describe(node))
			return
		}
		if text := node.GetToken().Value; !decimal.MatchString(text) {
			if leadingZero.MatchString(text) {
				d.add(node.GetToken(), field, "%s has a leading zero, which YAML reads as an octal number (%v); write %s", text, n.Value, strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(text, "0o"), "0"), "0"))
			} else {
				d.add(node.GetToken(), field, "%s is not a plain decimal number (YAML reads it as %v); write the number in decimal digits", text, n.Value)
			}
			return
		}
		// Positive literals decode as uint64, negative ones as int64.
		switch x := n.Value.(type) {
		case int64:
			v.SetInt(x)
		case uint64:
			if x > math.MaxInt32 {
				d.add(node.GetToken(), field, "%d is too large", x)
				return
			}
			v.SetInt(int64(x))
		}
	case reflect.Bool:
		b, ok := node.(*ast.BoolNode)
		if !ok {
			d.add(node.GetToken(), field, "expected true or false, got %s", describe(node))
			return
		}
		v.SetBool(b.Value)
	default:
		panic(fmt.Sprintf("envs: field %s has unsupported kind %s", field, v.Kind()))
	}
}

// decimal is how a whole number is written in a spec; leadingZero matches
// a literal YAML reads as octal.
var (
	decimal     = regexp.MustCompile(`^[-+]?(0|[1-9][0-9]*)$`)
	leadingZero = regexp.MustCompile(`^[-+]?0(o?[0-9]+)$`)
)

// describe names a node's type and value for a message.
func describe(node ast.Node) string {
	tk := node.GetToken()
	value := ""
	if tk != nil {
		value = tk.Value
	}
	switch node.(type) {
	case *ast.StringNode, *ast.LiteralNode:
		return fmt.Sprintf("the string %q", value)
	case *ast.IntegerNode:
		return "the number " + value
	case *ast.FloatNode:
		return "the decimal number " + value
	case *ast.BoolNode:
		return "the boolean " + value
	case ast.MapNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a list"
	default:
		return fmt.Sprintf("%q", value)
	}
}
