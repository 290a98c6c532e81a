// Package examples checks the example spec sets that reproduce the two
// source designs (examples/cdk-python, examples/pulumi): per environment,
// every value the design names, read from the synthesized JSON, one row per
// setting; and that each set passes the guardrails, its parity file and
// terraform validate.
package examples

import (
	"flag"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/platform/estate/constructs/guardrails"
	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/synthtest"
	"github.com/platform/estate/stacks"
)

const projectRoot = "../.."

var (
	cdkRun = &synthtest.Lazy{What: "from examples/cdk-python", Root: projectRoot, Vars: map[string]string{
		envs.EnvTarget: envs.TargetAWS, envs.EnvEnvsDir: "examples/cdk-python",
	}}
	pulumiRun = &synthtest.Lazy{What: "from examples/pulumi", Root: projectRoot, Vars: map[string]string{
		envs.EnvTarget: envs.TargetAWS, envs.EnvEnvsDir: "examples/pulumi",
	}}
	// The Pulumi design's own example suffix.
	pulumiSuffixRun = &synthtest.Lazy{What: "from examples/pulumi with ENVIRONMENT_SUFFIX=synth-abc123", Root: projectRoot, Vars: map[string]string{
		envs.EnvTarget: envs.TargetAWS, envs.EnvEnvsDir: "examples/pulumi", envs.EnvSuffix: "synth-abc123",
	}}
)

func TestMain(m *testing.M) {
	flag.Parse()
	synthtest.Main(m, projectRoot, cdkRun, pulumiRun, pulumiSuffixRun)
}

// row is one value a design names: in each environment's app stack, the
// resource of typ (the one whose attributes include match, when several),
// at path, is want[env] (want["*"] for every environment); an environment
// with neither has no such resource.
type row struct {
	what  string
	typ   string
	match map[string]any
	path  []any
	want  map[string]any
}

// all is a want that is the same in every environment.
func all(v any) map[string]any { return map[string]any{"*": v} }

// check asserts every row in every environment of s.
func check(t *testing.T, s *synthtest.Synthesis, rows []row) {
	t.Helper()
	for _, spec := range s.Project.Environments {
		env, doc := spec.Name, s.Docs[layout.AppStack(spec.Name, "")]
		for _, r := range rows {
			want, ok := r.want[env]
			if !ok {
				want, ok = r.want["*"]
			}
			want = withEnv(want, env)
			var found []any
			for _, res := range synthtest.ResourcesOf(doc, "resource", r.typ) {
				if matches(res, r.match, env) {
					found = append(found, jsonpath.Get(res, r.path...))
				}
			}
			if r.typ == "output" {
				found = []any{jsonpath.Get(doc, append([]any{"output"}, r.path...)...)}
			}
			if !ok {
				// Not named for this environment: the resource must not exist.
				if len(found) != 0 {
					t.Errorf("%s: %s: %d %s match %v, want none", env, r.what, len(found), r.typ, r.match)
				}
				continue
			}
			if len(found) != 1 {
				t.Errorf("%s: %s: %d %s match %v, want one", env, r.what, len(found), r.typ, r.match)
				continue
			}
			if !equal(found[0], want) {
				t.Errorf("%s: %s: %s %v = %s, want %s", env, r.what, r.typ, r.path, js(found[0]), js(want))
			}
		}
	}
}

// withEnv replaces <env> with env in every string of v.
func withEnv(v any, env string) any {
	switch v := v.(type) {
	case string:
		return strings.ReplaceAll(v, "<env>", env)
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = withEnv(e, env)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = withEnv(e, env)
		}
		return out
	}
	return v
}

func matches(res map[string]any, match map[string]any, env string) bool {
	for k, v := range match {
		if !equal(res[k], withEnv(v, env)) {
			return false
		}
	}
	return true
}

// equal compares decoded JSON with a Go value (numbers as float64).
func equal(got, want any) bool {
	switch w := want.(type) {
	case int:
		want = float64(w)
	case []string:
		l := make([]any, len(w))
		for i, s := range w {
			l[i] = s
		}
		want = l
	}
	return reflect.DeepEqual(got, want) || js(got) == js(want)
}

func js(v any) string { return fmt.Sprintf("%#v", v) }

// statementActions returns the actions of every Allow statement of the
// policy document data source whose logical name starts with prefix.
func statements(t *testing.T, doc map[string]any, prefix string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for name, d := range synthtest.ResourcesOf(doc, "data", "aws_iam_policy_document") {
		if strings.HasPrefix(name, prefix) {
			for _, st := range d["statement"].([]any) {
				out = append(out, st.(map[string]any))
			}
		}
	}
	if len(out) == 0 {
		t.Fatalf("no policy document %s*", prefix)
	}
	return out
}

// hasStatement reports whether one of statements allows actions (all of
// them) on resources matching resourcePrefix, under condition (nil: any).
func hasStatement(statements []map[string]any, actions []string, resourcePrefix string, condition map[string]any) bool {
	for _, st := range statements {
		if st["effect"] != "Allow" {
			continue
		}
		var have []string
		for _, a := range st["actions"].([]any) {
			have = append(have, a.(string))
		}
		if !containsAll(have, actions) {
			continue
		}
		res, _ := st["resources"].([]any)
		if !slices.ContainsFunc(res, func(r any) bool { return strings.HasPrefix(fmt.Sprint(r), resourcePrefix) }) {
			continue
		}
		if condition != nil {
			conds, _ := st["condition"].([]any)
			if !slices.ContainsFunc(conds, func(c any) bool { return equal(c, condition) }) {
				continue
			}
		}
		return true
	}
	return false
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return true
}

// passes checks a set against the guardrails, its parity file and
// terraform validate.
func passes(t *testing.T, s *synthtest.Synthesis, dir string) {
	t.Helper()
	t.Run("guardrails", func(t *testing.T) {
		res, err := guardrails.CheckOutdir(s.Outdir, stacks.GuardrailOptions(s.Project))
		if err != nil {
			t.Fatal(err)
		}
		if err := res.Err(); err != nil {
			t.Error(err)
		}
		for _, sup := range res.Suppressions {
			t.Errorf("suppression: %s", sup)
		}
	})
	t.Run("parity", func(t *testing.T) {
		allowed, problems := envs.LoadParity(filepath.Join(projectRoot, dir))
		if len(problems) > 0 {
			t.Fatal(problems)
		}
		if r := envs.Parity(s.Project.Environments, allowed); len(r.Violations) > 0 {
			t.Errorf("settings differ without being allowed: %v", r.Violations)
		}
	})
	if testing.Short() {
		return
	}
	terraform := synthtest.RequireTerraform(t)
	dirs := s.FullSynth(t, s.StackNames()...)
	t.Run("terraform validate", func(t *testing.T) {
		synthtest.Validate(t, projectRoot, terraform, dirs)
	})
}
