package envs

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
)

// ParityFile lists, in envs/, the settings that may differ between
// environments, each with the reason. Every other setting must be the same
// everywhere.
const ParityFile = "_parity.yaml"

// SettingParity is one setting across all environments.
type SettingParity struct {
	Path string `json:"setting"`
	// Values holds the effective value in each environment, by name.
	Values map[string]any `json:"values"`
	// Differs is true when not every environment has the same value.
	Differs bool `json:"differs"`
	// Allowed is true when the setting is on the allowed list; Reason says why.
	Allowed bool   `json:"allowed"`
	Reason  string `json:"reason,omitempty"`
}

// Violation reports whether the setting differs without being allowed to.
func (s SettingParity) Violation() bool { return s.Differs && !s.Allowed }

// ParityReport compares every setting of every environment.
type ParityReport struct {
	Environments []string        `json:"environments"`
	Settings     []SettingParity `json:"settings"`
	// Violations are the settings that differ but must not.
	Violations []string `json:"violations"`
}

// Parity compares specs (sorted by name) setting by setting; mayDiffer maps
// the settings that may differ to the reason they may.
func Parity(specs []Spec, mayDiffer map[string]string) ParityReport {
	r := ParityReport{Violations: []string{}}
	if len(specs) == 0 {
		return r
	}
	for _, s := range specs {
		r.Environments = append(r.Environments, s.Name)
	}
	all := make([][]Setting, len(specs))
	for i := range specs {
		all[i] = specs[i].Settings()
	}
	for j, first := range all[0] {
		p := SettingParity{Path: first.Path, Values: map[string]any{}}
		for i, s := range specs {
			v := all[i][j].Value
			p.Values[s.Name] = v
			if v != first.Value {
				p.Differs = true
			}
		}
		p.Reason, p.Allowed = mayDiffer[p.Path]
		if p.Violation() {
			r.Violations = append(r.Violations, p.Path)
		}
		r.Settings = append(r.Settings, p)
	}
	return r
}

// LoadParity reads the allowed differences from dir/ParityFile: a map
// may_differ of setting path to reason. Every path must be a setting, and
// every reason given.
func LoadParity(dir string) (map[string]string, Problems) {
	file := filepath.ToSlash(filepath.Join(dir, ParityFile))
	src, err := os.ReadFile(filepath.Join(dir, ParityFile))
	if err != nil {
		return nil, Problems{{File: file, Message: fmt.Sprintf("cannot read the allowed differences: %v; list the settings that may differ between environments under may_differ", err)}}
	}
	var doc struct {
		MayDiffer yaml.MapSlice `yaml:"may_differ"`
	}
	if err := yaml.UnmarshalWithOptions(src, &doc, yaml.Strict()); err != nil {
		return nil, Problems{{File: file, Message: "is not a map of may_differ: {<setting>: <reason>}: " + strings.ReplaceAll(yaml.FormatError(err, false, false), "\n", " ")}}
	}
	known := []string{}
	defaults := Defaults()
	for _, s := range defaults.Settings() {
		known = append(known, s.Path)
	}
	allowed := map[string]string{}
	var problems Problems
	for _, item := range doc.MayDiffer {
		path := fmt.Sprint(item.Key)
		reason, _ := item.Value.(string)
		switch {
		case !slices.Contains(known, path):
			problems = append(problems, Problem{File: file, Field: "may_differ." + path, Message: "is not a spec setting; use a path such as database.instance_class (every setting: make parity)"})
		case strings.TrimSpace(reason) == "":
			problems = append(problems, Problem{File: file, Field: "may_differ." + path, Message: "has no reason; say why this setting may differ between environments"})
		default:
			allowed[path] = reason
		}
	}
	return allowed, problems
}
