package envs

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
)

// AllocationFile holds, in a specs folder, what each environment must be
// sized at (optional): per environment, setting paths and their required
// values. A spec that differs is refused, as the Pulumi design's
// configuration validation refuses a dev that is not 1024 MB and
// db.t4g.medium.
const AllocationFile = "_allocation.yaml"

// checkAllocation checks specs against dir's AllocationFile, if there is one.
func checkAllocation(dir string, specs []Spec, pos map[string]positions) Problems {
	file := filepath.ToSlash(filepath.Join(dir, AllocationFile))
	src, err := os.ReadFile(filepath.Join(dir, AllocationFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return Problems{{File: file, Message: fmt.Sprintf("cannot read: %v", err)}}
	}
	var rules yaml.MapSlice
	if err := yaml.UnmarshalWithOptions(src, &rules, yaml.Strict()); err != nil {
		return Problems{{File: file, Message: "is not a map of <environment>: {<setting>: <value>}: " + strings.ReplaceAll(yaml.FormatError(err, false, false), "\n", " ")}}
	}
	byName := map[string]*Spec{}
	var names []string
	for i := range specs {
		byName[specs[i].Name] = &specs[i]
		names = append(names, specs[i].Name)
	}
	var problems Problems
	for _, envRules := range rules {
		env := fmt.Sprint(envRules.Key)
		spec, ok := byName[env]
		if !ok {
			problems = append(problems, Problem{File: file, Field: env, Message: fmt.Sprintf("is not an environment; use one of %s", strings.Join(names, ", "))})
			continue
		}
		settings, ok := envRules.Value.(map[string]any)
		if !ok {
			problems = append(problems, Problem{File: file, Field: env, Message: "is not a map of <setting>: <value>"})
			continue
		}
		values := map[string]any{}
		for _, st := range spec.Settings() {
			values[st.Path] = st.Value
		}
		for _, path := range slices.Sorted(maps.Keys(settings)) {
			want := settings[path]
			have, known := values[path]
			switch {
			case !known:
				problems = append(problems, Problem{File: file, Field: env + "." + path, Message: "is not a spec setting; use a path such as lambda.memory_mb (every setting: make parity)"})
			case fmt.Sprint(have) != fmt.Sprint(want):
				p := Problem{File: spec.File, Field: path, Message: fmt.Sprintf("%v, but %s requires %v for %s; set it to %v, or change the rule", have, file, want, env, want)}
				if at := pos[env].at(path); at != nil {
					p.Line, p.Column = at.Line, at.Column
				}
				problems = append(problems, p)
			}
		}
	}
	slices.SortStableFunc(problems, func(a, b Problem) int { return strings.Compare(a.File, b.File) })
	return problems
}
