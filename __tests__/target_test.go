package tests

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/stacks"
)

// TestLocalTargetDiffersOnlyForTheEmulator proves that the local target is
// the AWS target plus the documented emulator adaptations and nothing else:
// undoing exactly those (state folder, allowed account, ignored gap
// attributes, rotate_immediately) turns every local stack into the AWS one.
func TestLocalTargetDiffersOnlyForTheEmulator(t *testing.T) {
	aws, local := awsSynth(t), localSynth(t)
	if !slices.Equal(aws.StackNames(), local.StackNames()) {
		t.Fatalf("stacks differ: aws %v, local %v", aws.StackNames(), local.StackNames())
	}
	for _, name := range local.StackNames() {
		// A copy: the shared synthesis must stay as it is for other tests.
		var doc map[string]any
		if err := json.Unmarshal([]byte(strings.ReplaceAll(string(local.Files[name]), "/state/local/", "/state/aws/")), &doc); err != nil {
			t.Fatal(err)
		}
		for _, p := range jsonpath.Get(doc, "provider", "aws").([]any) {
			p := p.(map[string]any)
			if got := p["allowed_account_ids"]; !reflect.DeepEqual(got, []any{stacks.EmulatorAccountID}) {
				t.Errorf("%s: local provider allowed_account_ids %v, want only the emulator's account", name, got)
			}
			delete(p, "allowed_account_ids")
		}
		for typ, rs := range jsonpath.Get(doc, "resource").(map[string]any) {
			for id, r := range rs.(map[string]any) {
				r := r.(map[string]any)
				if typ == "aws_secretsmanager_secret_rotation" {
					if r["rotate_immediately"] != false {
						t.Errorf("%s: %s.%s rotates at once on the emulator", name, typ, id)
					}
					delete(r, "rotate_immediately")
				}
				gaps := stacks.EmulatorGaps[typ]
				if len(gaps) == 0 {
					continue
				}
				lc, _ := r["lifecycle"].(map[string]any)
				if lc == nil {
					lc = map[string]any{}
				}
				ignored, _ := jsonpath.Get(lc, "ignore_changes").([]any)
				var kept []any
				for _, attr := range ignored {
					if !slices.Contains(gaps, attr.(string)) {
						kept = append(kept, attr)
					}
				}
				if got, want := len(ignored)-len(kept), len(gaps); got != want {
					t.Errorf("%s: %s.%s ignores %d of its %d emulator gaps", name, typ, id, got, want)
				}
				if len(kept) == 0 {
					delete(lc, "ignore_changes")
				} else {
					lc["ignore_changes"] = kept
				}
				if len(lc) == 0 {
					delete(r, "lifecycle")
				}
			}
		}
		var want map[string]any
		if err := json.Unmarshal(aws.Files[name], &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(doc, want) {
			t.Errorf("%s: the local target differs from the AWS target beyond the emulator adaptations:\n%s",
				name, firstDifference([]byte(mustJSON(want)), []byte(mustJSON(doc))))
		}
	}
}

// TestAWSTargetHasNoEmulatorAdaptations checks the other direction: nothing
// of the emulator reaches what is deployed to AWS.
func TestAWSTargetHasNoEmulatorAdaptations(t *testing.T) {
	s := awsSynth(t)
	for _, name := range s.StackNames() {
		b := string(s.Files[name])
		for _, marker := range []string{"allowed_account_ids", "rotate_immediately", "/state/local/", "use_path_style"} {
			if strings.Contains(b, marker) {
				t.Errorf("%s: the AWS target contains %q", name, marker)
			}
		}
	}
}

// protectedData are the resources that hold an environment's data (or the
// key to it), by type: prevent_destroy where the spec protects data.
var protectedData = []string{"aws_dynamodb_table", "aws_s3_bucket", "aws_rds_cluster", "aws_secretsmanager_secret", "aws_kms_key"}

// TestProtectedDataCannotBeDestroyed: where protect_data is set, Terraform
// refuses a plan that destroys data (prevent_destroy) and AWS refuses to
// delete it (deletion protection); elsewhere everything is disposable.
func TestProtectedDataCannotBeDestroyed(t *testing.T) {
	s := awsSynth(t)
	for _, spec := range s.Project.Environments {
		stack := layout.AppStack(spec.Name, "")
		for _, typ := range protectedData {
			rs := resourcesOf(s.Docs[stack], "resource", typ)
			if len(rs) == 0 {
				t.Errorf("%s: no %s", stack, typ)
			}
			for id, r := range rs {
				if got := jsonpath.Get(r, "lifecycle", "prevent_destroy") == true; got != spec.ProtectData {
					t.Errorf("%s: %s.%s prevent_destroy=%v, want %v (protect_data)", stack, typ, id, got, spec.ProtectData)
				}
			}
		}
		for _, r := range resourcesOf(s.Docs[stack], "resource", "aws_rds_cluster") {
			if r["deletion_protection"] != spec.ProtectData || r["skip_final_snapshot"] != !spec.ProtectData {
				t.Errorf("%s: cluster deletion_protection=%v skip_final_snapshot=%v, want protection %v", stack, r["deletion_protection"], r["skip_final_snapshot"], spec.ProtectData)
			}
		}
	}
}

// TestAllowDestroyLiftsProtection: ALLOW_DESTROY=prod (s3SuffixRun) lifts
// every guard of prod's data, so that a deploy followed by a destroy
// deletes it, and changes nothing else of what prod runs.
func TestAllowDestroyLiftsProtection(t *testing.T) {
	s := s3SuffixSynth(t)
	if !s.Project.AllowDestroy["prod"] {
		t.Fatal("the run does not allow destroying prod")
	}
	stack := layout.AppStack("prod", "")
	doc := s.Docs[stack]
	for _, typ := range protectedData {
		for id, r := range resourcesOf(doc, "resource", typ) {
			if jsonpath.Get(r, "lifecycle", "prevent_destroy") != nil {
				t.Errorf("%s.%s keeps prevent_destroy under ALLOW_DESTROY", typ, id)
			}
		}
	}
	checks := []struct {
		typ, attr string
		want      any
	}{
		{"aws_rds_cluster", "deletion_protection", false},
		{"aws_rds_cluster", "skip_final_snapshot", true},
		{"aws_dynamodb_table", "deletion_protection_enabled", false},
		{"aws_s3_bucket", "force_destroy", true},
		{"aws_secretsmanager_secret", "recovery_window_in_days", float64(0)},
		// What runs stays as it is: only the guards move.
		{"aws_s3_bucket_versioning", "versioning_configuration", map[string]any{"status": "Enabled"}},
	}
	for _, c := range checks {
		for id, r := range resourcesOf(doc, "resource", c.typ) {
			if mustJSON(r[c.attr]) != mustJSON(c.want) {
				t.Errorf("%s.%s %s=%s, want %s under ALLOW_DESTROY", c.typ, id, c.attr, mustJSON(r[c.attr]), mustJSON(c.want))
			}
		}
	}
	for id, r := range resourcesOf(doc, "resource", "aws_dynamodb_table") {
		if jsonpath.Get(r, "point_in_time_recovery", "enabled") != true {
			t.Errorf("aws_dynamodb_table.%s lost point-in-time recovery under ALLOW_DESTROY", id)
		}
	}
	// Other environments are untouched.
	for _, spec := range s.Project.Environments {
		if spec.Name == "prod" || !spec.ProtectData {
			continue
		}
		for id, r := range resourcesOf(s.Docs[layout.AppStack(spec.Name, "")], "resource", "aws_rds_cluster") {
			if r["deletion_protection"] != true {
				t.Errorf("%s: aws_rds_cluster.%s lost deletion protection though only prod is named", spec.Name, id)
			}
		}
	}
}

// TestTargetSettings covers TARGET and ALLOW_DESTROY as main.go reads them.
func TestTargetSettings(t *testing.T) {
	p, problems := envs.LoadSettings(getenvFrom(nil))
	if len(problems) > 0 || p.Target != envs.TargetLocal || len(p.AllowDestroy) != 0 {
		t.Errorf("defaults: target %q, allow destroy %v, problems %v; want local, none", p.Target, p.AllowDestroy, problems)
	}
	p, problems = envs.LoadSettings(getenvFrom(map[string]string{envs.EnvTarget: "aws", envs.EnvAllowDestroy: "prod, staging"}))
	if len(problems) > 0 || p.Target != envs.TargetAWS || !p.AllowDestroy["prod"] || !p.AllowDestroy["staging"] || len(p.AllowDestroy) != 2 {
		t.Errorf("TARGET=aws ALLOW_DESTROY='prod, staging': target %q, allow destroy %v, problems %v", p.Target, p.AllowDestroy, problems)
	}
}
