package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/platform/estate/envs"
)

// errParity is a parity violation: reported already, exit 1.
type errParity struct {
	n   int
	dir string
}

func (e errParity) Error() string {
	return fmt.Sprintf("%d setting(s) differ between environments without being allowed to; make them equal, or add each to %s with the reason it may differ", e.n, filepath.Join(e.dir, envs.ParityFile))
}

// parity prints every setting of every environment side by side, marks
// what differs, and fails on a difference envs/_parity.yaml does not allow.
func parity(asJSON bool) error {
	dir := envs.EnvsDir(os.Getenv)
	specs, problems := envs.LoadDir(dir)
	allowed, parityProblems := envs.LoadParity(dir)
	if problems = append(problems, parityProblems...); len(problems) > 0 {
		return problems
	}
	report := envs.Parity(specs, allowed)
	if asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			return err
		}
	} else {
		w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintf(w, "\tsetting\t%s\t\n", strings.Join(report.Environments, "\t"))
		for _, s := range report.Settings {
			mark, note := " ", ""
			switch {
			case s.Violation():
				mark, note = "✗", "differs: not allowed"
			case s.Differs:
				mark, note = "≠", "may differ: "+s.Reason
			}
			values := make([]string, len(report.Environments))
			for i, e := range report.Environments {
				values[i] = fmt.Sprint(s.Values[e])
				if values[i] == "" {
					values[i] = "-"
				}
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", mark, s.Path, strings.Join(values, "\t"), note)
		}
		w.Flush()
		fmt.Printf("\n%d settings, %d environments: %d differ as allowed, %d differ without being allowed (✗)\n",
			len(report.Settings), len(report.Environments), countAllowed(report), len(report.Violations))
	}
	if len(report.Violations) > 0 {
		return errParity{len(report.Violations), dir}
	}
	return nil
}

func countAllowed(r envs.ParityReport) int {
	n := 0
	for _, s := range r.Settings {
		if s.Differs && s.Allowed {
			n++
		}
	}
	return n
}
