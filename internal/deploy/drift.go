package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/platform/estate/internal/emulator"
)

// Drift is one attribute of a deployed resource that no longer matches
// what the last deploy of the code left.
type Drift struct {
	Stack     string `json:"stack"`
	Address   string `json:"address"`
	Attribute string `json:"attribute"`
	// InCode is the value the code deployed; InCloud is the value now. A
	// sensitive value is shown as "(sensitive)", a missing one as nil.
	InCode  any `json:"in_code"`
	InCloud any `json:"in_cloud"`
}

// DetectDrift synthesizes and runs a refresh-only plan of the network stack
// and env's app stack against the target, and returns every drifted
// attribute. Nothing is changed, in the cloud or in the state.
func (r *Runner) DetectDrift(env string) ([]Drift, error) {
	names, err := r.prepare(env)
	if err != nil {
		return nil, err
	}
	// The stacks' refresh-only plans run at once (each reads its whole
	// stack from the cloud, and some reads wait: a bucket's lifecycle
	// rules are read until they hold still).
	found := make([][]Drift, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, stack := range names {
		wg.Add(1)
		go func() { defer wg.Done(); found[i], errs[i] = r.stackDrift(stack) }()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return slices.Concat(found...), nil
}

// prepare readies the plans of what is deployed of env: it checks that env
// is an environment, points the CLIs at the running emulator for the local
// target (or says why nothing is deployed there), synthesizes, and
// initializes the network stack and env's app stack, which it returns.
func (r *Runner) prepare(env string) ([]string, error) {
	if _, err := r.Spec(env); err != nil {
		return nil, err
	}
	if r.Local() {
		e := r.Emulator()
		if e == nil {
			if why := emulator.Gone(r.StateDir()); why != "" {
				return nil, fmt.Errorf("the local emulator is gone (%s), and with it everything deployed to the local target; deploy again with make up ENV=%s", why, env)
			}
			return nil, fmt.Errorf("the local emulator does not run, so nothing is deployed to the local target; deploy first with make up ENV=%s", env)
		}
		r.UseEmulator(e)
	}
	if err := r.Synth(); err != nil {
		return nil, err
	}
	names := r.Stacks(env)
	return names, r.Init(names...)
}

// Diff synthesizes and plans what make up ENV=env would deploy (the network
// stack, then env's app stack) against the target, with cdktf diff, which
// plans one stack per run: what make plan shows a reviewer. Each stack is
// initialized from the provider mirror first, as for a deploy.
func (r *Runner) Diff(env string) error {
	names, err := r.prepare(env)
	if err != nil {
		return err
	}
	for _, stack := range names {
		if err := r.cdktf(r.Stdout, "diff", stack, "--skip-synth", "--output", r.Outdir()); err != nil {
			return err
		}
	}
	return nil
}

// stackDrift runs a refresh-only plan of stack and returns the drifted
// attributes the code sets. Only when Terraform reports drift does it read
// the plan (terraform show -json: 4 to 5 s of loading the provider's
// schema, per stack).
func (r *Runner) stackDrift(stack string) ([]Drift, error) {
	planFile := r.planFile(stack)
	defer os.Remove(planFile)
	drifted, err := r.refreshOnlyPlan(stack, planFile)
	if err != nil || !drifted {
		return nil, err
	}
	shown, err := r.show(stack, planFile)
	if err != nil {
		return nil, err
	}
	var plan struct {
		ResourceDrift []struct {
			Address string `json:"address"`
			Change  struct {
				Actions         []string `json:"actions"`
				Before          any      `json:"before"`
				After           any      `json:"after"`
				BeforeSensitive any      `json:"before_sensitive"`
				AfterSensitive  any      `json:"after_sensitive"`
			} `json:"change"`
		} `json:"resource_drift"`
	}
	if err := json.Unmarshal(shown, &plan); err != nil {
		return nil, fmt.Errorf("reading the drift plan of %s: %w", stack, err)
	}
	configured, err := r.configuredAttributes(stack)
	if err != nil {
		return nil, err
	}
	var drifts []Drift
	for _, rd := range plan.ResourceDrift {
		c := rd.Change
		if c.After == nil {
			drifts = append(drifts, Drift{Stack: stack, Address: rd.Address, Attribute: "(resource)", InCode: "exists", InCloud: "deleted"})
			continue
		}
		before, _ := c.Before.(map[string]any)
		after, _ := c.After.(map[string]any)
		for attr := range configured[rd.Address] {
			diff(attr, before[attr], after[attr], child(c.BeforeSensitive, attr), child(c.AfterSensitive, attr), func(path string, before, after any) {
				drifts = append(drifts, Drift{Stack: stack, Address: rd.Address, Attribute: path, InCode: before, InCloud: after})
			})
		}
	}
	sort.Slice(drifts, func(i, j int) bool {
		a, b := drifts[i], drifts[j]
		if a.Address != b.Address {
			return a.Address < b.Address
		}
		return a.Attribute < b.Attribute
	})
	return drifts, nil
}

// refreshOnlyPlan runs `terraform plan -refresh-only` of stack into
// planFile and tells whether Terraform reported drift: a resource_drift
// message in its machine-readable output (-json), one for each resource
// whose refreshed state differs from the last deploy's. (Its exit status
// cannot tell: with -detailed-exitcode a refresh-only plan exits 2 also
// when it finds no difference, measured with Terraform 1.11.)
func (r *Runner) refreshOnlyPlan(stack, planFile string) (bool, error) {
	var out bytes.Buffer
	err := r.terraform(&out, stack, "plan", "-refresh-only", "-json", "-input=false", "-lock=false", "-out="+planFile)
	drifted := false
	var problems []string
	for line := range strings.Lines(out.String()) {
		var msg struct {
			Type       string
			Diagnostic struct{ Severity, Summary, Detail string }
		}
		if json.Unmarshal([]byte(line), &msg) != nil {
			continue
		}
		switch {
		case msg.Type == "resource_drift":
			drifted = true
		case msg.Type == "diagnostic" && msg.Diagnostic.Severity == "error":
			problems = append(problems, strings.TrimSpace("Error: "+msg.Diagnostic.Summary+"\n"+msg.Diagnostic.Detail))
		}
	}
	if err != nil {
		said := strings.Join(problems, "\n")
		if said == "" {
			said = out.String()
		}
		return false, fmt.Errorf("terraform plan -refresh-only of %s: %w\n%s", stack, err, said)
	}
	return drifted, nil
}

// configuredAttributes lists, by resource address, the attributes the code
// sets: what a refresh-only plan may call drift. Left out are attributes the
// provider computes (an EIP's association, a security group's rules managed
// as separate resources, ...), which a refresh fills in without anything
// having drifted, and those under lifecycle.ignore_changes, which the code
// leaves to others after creation. tags_all counts: the provider's default
// tags are code.
func (r *Runner) configuredAttributes(stack string) (map[string]map[string]bool, error) {
	resources, err := r.Resources(stack)
	if err != nil {
		return nil, err
	}
	meta := map[string]bool{"//": true, "lifecycle": true, "provider": true, "depends_on": true, "count": true, "for_each": true}
	out := map[string]map[string]bool{}
	for typ, rs := range resources {
		for name, res := range rs {
			attrs := map[string]bool{"tags_all": true}
			for k := range res {
				if !meta[k] {
					attrs[k] = true
				}
			}
			if lc, ok := res["lifecycle"].(map[string]any); ok {
				ignored, _ := lc["ignore_changes"].([]any)
				for _, k := range ignored {
					delete(attrs, fmt.Sprint(k))
				}
			}
			out[typ+"."+name] = attrs
		}
	}
	return out, nil
}

// diff reports every leaf where before and after differ, masking what
// Terraform marks sensitive on either side.
func diff(path string, before, after, sensBefore, sensAfter any, report func(path string, before, after any)) {
	if sensBefore == true || sensAfter == true {
		if !jsonEqual(before, after) {
			report(path, "(sensitive)", "(sensitive)")
		}
		return
	}
	bm, bok := before.(map[string]any)
	am, aok := after.(map[string]any)
	if bok && aok {
		keys := map[string]bool{}
		for k := range bm {
			keys[k] = true
		}
		for k := range am {
			keys[k] = true
		}
		for k := range keys {
			diff(join(path, k), bm[k], am[k], child(sensBefore, k), child(sensAfter, k), report)
		}
		return
	}
	bl, bok := before.([]any)
	al, aok := after.([]any)
	if bok && aok && len(bl) == len(al) {
		for i := range bl {
			k := strconv.Itoa(i)
			diff(path+"["+k+"]", bl[i], al[i], child(sensBefore, k), child(sensAfter, k), report)
		}
		return
	}
	if !jsonEqual(before, after) {
		report(path, before, after)
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// child is the sensitivity marker of a map key or list index.
func child(sens any, key string) any {
	switch s := sens.(type) {
	case map[string]any:
		return s[key]
	case []any:
		if i, err := strconv.Atoi(key); err == nil && i < len(s) {
			return s[i]
		}
	}
	return nil
}

// jsonEqual compares two values, null and empty ("", [], {}) being equal:
// providers read back an unset list or map as either.
func jsonEqual(a, b any) bool {
	if empty(a) && empty(b) {
		return true
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return bytes.Equal(ja, jb)
}

func empty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	}
	return false
}

// PrintDrift writes the drifts as a table, or says there are none.
func PrintDrift(w io.Writer, stacks []string, env string, drifts []Drift) {
	if len(drifts) == 0 {
		verb := "match"
		if len(stacks) == 1 {
			verb = "matches"
		}
		fmt.Fprintf(w, "No drift: %s %s what was deployed.\n", strings.Join(stacks, " and "), verb)
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "stack\taddress\tattribute\tin code\tin the cloud")
	for _, d := range drifts {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", d.Stack, d.Address, d.Attribute, show(d.InCode), show(d.InCloud))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d drifted attribute(s). make up ENV=%s puts back what the code says.\n", len(drifts), env)
}

func show(v any) string {
	if v == nil {
		return "(absent)"
	}
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	b, _ := json.Marshal(v)
	return string(b)
}
