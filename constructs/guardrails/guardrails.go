// Package guardrails refuses unsafe infrastructure before it ships: rules,
// each with a stable id, checked over every synthesized stack. A violation
// fails synthesis with the construct path, the rule id and the fix.
//
// The rules read the synthesized JSON (cdktf.out/stacks/<stack>/cdk.tf.json)
// rather than visiting the construct tree with an Aspect: in Go every node an
// Aspect visits, and every attribute it reads, is a jsii round trip to Node
// (~0.5 ms each, ~1000 nodes here), while the JSON is already written and
// holds everything a rule needs, overrides and escape hatches included.
//
// A suppression is per construct and rule id and must carry a reason
// (Suppress). It is written into the resource's "//" comment block, so
// reviewers see it in the synthesized JSON and the golden files, and synth
// lists every active one.
package guardrails

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/internal/jsonpath"
)

// Options say what a stack must satisfy beyond the rules for everyone.
type Options struct {
	// Protected is true for a stack whose environment keeps its data
	// (protect_data, not lifted by ALLOW_DESTROY).
	Protected bool
	// RequiredTags must be on every taggable resource (its own tags or the
	// provider's default tags).
	RequiredTags []string
}

// Violation is one resource breaking one rule.
type Violation struct {
	Stack   string
	Path    string // construct path, for example app-dev/bucket/bucket
	Address string // Terraform address, for example aws_s3_bucket.bucket_3056591E
	Rule    string
	Problem string
	Fix     string
}

func (v Violation) String() string {
	return fmt.Sprintf("%s (%s): %s %s; %s", v.Path, v.Address, v.Rule, v.Problem, v.Fix)
}

// Suppression is an accepted violation.
type Suppression struct {
	Path, Address, Rule, Reason string
}

func (s Suppression) String() string {
	return fmt.Sprintf("%s (%s): %s suppressed: %s", s.Path, s.Address, s.Rule, s.Reason)
}

// suppressKey is where a suppression lives in a resource's JSON.
const suppressKey = "//.guardrails.suppress."

// dataRef matches a reference to a data source attribute, such as
// ${data.aws_iam_policy_document.x.json}.
var dataRef = regexp.MustCompile(`^\$\{data\.([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.`)

// Suppress accepts a violation of rule by resource, for reason (required).
func Suppress(resource cdktf.TerraformResource, rule, reason string) error {
	if Rules[rule] == nil {
		return fmt.Errorf("guardrails: no rule %q to suppress; rules: %s", rule, strings.Join(RuleIDs(), ", "))
	}
	if strings.TrimSpace(reason) == "" {
		return fmt.Errorf("guardrails: suppressing %s needs a reason", rule)
	}
	resource.AddOverride(jsii.String(suppressKey+rule), jsii.String(reason))
	return nil
}

// SuppressAll suppresses rule on every resource under scope.
func SuppressAll(scope constructs.IConstruct, rule, reason string) error {
	for _, c := range *scope.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		if r, ok := c.(cdktf.TerraformResource); ok {
			if _, isData := c.(cdktf.TerraformDataSource); isData {
				continue
			}
			if err := Suppress(r, rule, reason); err != nil {
				return err
			}
		}
	}
	return nil
}

// Result is what checking found.
type Result struct {
	Violations   []Violation
	Suppressions []Suppression
}

// Err is nil without violations, or an error listing all of them.
func (r Result) Err() error {
	if len(r.Violations) == 0 {
		return nil
	}
	lines := make([]string, len(r.Violations))
	for i, v := range r.Violations {
		lines[i] = "  " + v.String()
	}
	return fmt.Errorf("guardrails: %d violation(s); fix each, or suppress it on the construct with a reason (guardrails.Suppress):\n%s",
		len(r.Violations), strings.Join(lines, "\n"))
}

// CheckOutdir checks every stack cdktf wrote to outdir; options gives each
// stack's options by name.
func CheckOutdir(outdir string, options func(stack string) Options) (Result, error) {
	dirs, err := os.ReadDir(filepath.Join(outdir, "stacks"))
	if err != nil {
		return Result{}, err
	}
	var all Result
	for _, d := range dirs {
		b, err := os.ReadFile(filepath.Join(outdir, "stacks", d.Name(), "cdk.tf.json"))
		if err != nil {
			return Result{}, err
		}
		r, err := Check(d.Name(), b, options(d.Name()))
		if err != nil {
			return Result{}, err
		}
		all.Violations = append(all.Violations, r.Violations...)
		all.Suppressions = append(all.Suppressions, r.Suppressions...)
	}
	return all, nil
}

// Check runs every rule over one stack's synthesized JSON.
func Check(stack string, stackJSON []byte, opts Options) (Result, error) {
	var doc map[string]any
	if err := json.Unmarshal(stackJSON, &doc); err != nil {
		return Result{}, fmt.Errorf("guardrails: %s: %w", stack, err)
	}
	d := &Doc{stack: stack, raw: doc, opts: opts}
	var res Result
	for _, id := range RuleIDs() {
		rule := Rules[id]
		for _, f := range rule.Check(d) {
			r := d.resource(f.typ, f.id)
			path, _ := jsonpath.Get(r, "//", "metadata", "path").(string)
			addr := f.typ + "." + f.id
			if reason, ok := jsonpath.Get(r, "//", "guardrails", "suppress", id).(string); ok {
				res.Suppressions = append(res.Suppressions, Suppression{Path: path, Address: addr, Rule: id, Reason: reason})
				continue
			}
			res.Violations = append(res.Violations, Violation{Stack: stack, Path: path, Address: addr, Rule: id, Problem: f.problem, Fix: rule.Fix})
		}
	}
	for typ, rs := range d.all("resource") {
		for id, r := range rs {
			sup, _ := jsonpath.Get(r, "//", "guardrails", "suppress").(map[string]any)
			for rule := range sup {
				if Rules[rule] == nil {
					return Result{}, fmt.Errorf("guardrails: %s.%s suppresses unknown rule %q", typ, id, rule)
				}
			}
		}
	}
	sort.Slice(res.Violations, func(i, j int) bool {
		a, b := res.Violations[i], res.Violations[j]
		return a.Path+a.Rule < b.Path+b.Rule
	})
	sort.Slice(res.Suppressions, func(i, j int) bool {
		a, b := res.Suppressions[i], res.Suppressions[j]
		return a.Path+a.Rule < b.Path+b.Rule
	})
	return res, nil
}

// Doc is one stack's JSON, for rules.
type Doc struct {
	stack string
	raw   map[string]any
	opts  Options
	// byKind caches all's answers.
	byKind map[string]map[string]map[string]map[string]any
}

// all returns the resources (or data sources) by type and id.
func (d *Doc) all(kind string) map[string]map[string]map[string]any {
	if cached, ok := d.byKind[kind]; ok {
		return cached
	}
	if d.byKind == nil {
		d.byKind = map[string]map[string]map[string]map[string]any{}
	}
	out := map[string]map[string]map[string]any{}
	d.byKind[kind] = out
	top, _ := d.raw[kind].(map[string]any)
	for typ, rs := range top {
		m := map[string]map[string]any{}
		for id, r := range rs.(map[string]any) {
			m[id], _ = r.(map[string]any)
		}
		out[typ] = m
	}
	return out
}

// resources returns the resources of typ by id.
func (d *Doc) resources(typ string) map[string]map[string]any { return d.all("resource")[typ] }

func (d *Doc) resource(typ, id string) map[string]any { return d.resources(typ)[id] }

// dataSource returns the data source referenced by an interpolation such as
// ${data.aws_iam_policy_document.x.json}.
func (d *Doc) dataSource(ref any) map[string]any {
	s, _ := ref.(string)
	m := dataRef.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	return d.all("data")[m[1]][m[2]]
}

// attached returns the resources of typ whose attr references resource
// (typ, id), as S3 bucket settings reference their bucket.
func (d *Doc) attached(typ, attr, toTyp, toID string) []map[string]any {
	var out []map[string]any
	prefix := "${" + toTyp + "." + toID + "."
	for _, r := range d.resources(typ) {
		if s, _ := r[attr].(string); strings.HasPrefix(s, prefix) {
			out = append(out, r)
		}
	}
	return out
}

// finding is a rule's complaint about one resource.
type finding struct{ typ, id, problem string }
