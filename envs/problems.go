package envs

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one thing wrong with the configuration: where it is, which field,
// and what to do about it.
type Problem struct {
	// File is the spec file (envs/prod.yaml) or the environment variable
	// (ENVIRONMENT_SUFFIX) the problem is in.
	File string
	// Line and Column locate the value in File; zero when the value is absent
	// or File is not a file.
	Line, Column int
	// Field is the dotted field path (database.instance_count); empty for a
	// problem with the whole file.
	Field string
	// Message says what is wrong and what is allowed.
	Message string
}

func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", p.Line, p.Column)
	}
	b.WriteString(": ")
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is every problem found in one load, reported together.
type Problems []Problem

func (ps Problems) Error() string {
	sorted := append(Problems(nil), ps...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return a.Field < b.Field
	})
	var b strings.Builder
	noun := "problems"
	if len(sorted) == 1 {
		noun = "problem"
	}
	fmt.Fprintf(&b, "invalid configuration: %d %s", len(sorted), noun)
	for _, p := range sorted {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Strings returns each problem on its own, in report order.
func (ps Problems) Strings() []string {
	lines := strings.Split(ps.Error(), "\n  ")
	return lines[1:]
}
