package tests

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/platform/estate/envs"
	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/synthtest"
	"github.com/platform/estate/stacks"
)

// accountsSet writes a spec set where each environment lives in an AWS
// account of its own: dev deployed through a role of its account, prod
// with its account alone.
func accountsSet(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "envs")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, extra := range map[string]string{
		"dev":  "account_id: \"111111111111\"\nrole_arn: arn:aws:iam::111111111111:role/estate-deploy\n",
		"prod": "account_id: \"222222222222\"\n",
	} {
		b, err := os.ReadFile(filepath.Join(projectRoot, "envs", name+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".yaml"), append(b, extra...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestAccountPerEnvironment: with account_id and role_arn, every provider of
// the environment (its app stack's and its alias in the network stack)
// refuses other accounts and assumes the role; names that hold the account
// use it; the manifest records both; the cross-environment deny stays. On
// the local target the emulator's one account wins and no role is assumed.
func TestAccountPerEnvironment(t *testing.T) {
	dir := accountsSet(t)
	aws, err := synthtest.Synthesize(projectRoot, map[string]string{envs.EnvTarget: envs.TargetAWS, envs.EnvEnvsDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(aws.Outdir)
	want := map[string]struct {
		account string
		role    any
	}{
		"dev":  {"111111111111", []any{map[string]any{"role_arn": "arn:aws:iam::111111111111:role/estate-deploy", "session_name": "estate-dev"}}},
		"prod": {"222222222222", nil},
	}
	providers := func(doc map[string]any) []map[string]any {
		var out []map[string]any
		for _, p := range jsonpath.Get(doc, "provider", "aws").([]any) {
			out = append(out, p.(map[string]any))
		}
		return out
	}
	for env, w := range want {
		app := aws.Docs[layout.AppStack(env, "")]
		ps := providers(app)
		if len(ps) != 1 {
			t.Fatalf("app-%s has %d AWS providers", env, len(ps))
		}
		// The network stack's provider of the environment (alias env).
		for _, p := range providers(aws.Docs[layout.NetworkStack]) {
			if p["alias"] == env {
				ps = append(ps, p)
			}
		}
		if len(ps) != 2 {
			t.Fatalf("the network stack has no provider aliased %s", env)
		}
		for i, p := range ps {
			if got := p["allowed_account_ids"]; !reflect.DeepEqual(got, []any{w.account}) {
				t.Errorf("%s provider %d: allowed_account_ids %v, want [%s]", env, i, got, w.account)
			}
			if got := p["assume_role"]; !reflect.DeepEqual(got, w.role) {
				t.Errorf("%s provider %d: assume_role %v, want %v", env, i, got, w.role)
			}
		}
		bucket := synthtest.ResourcesOf(app, "resource", "aws_s3_bucket")
		for _, b := range bucket {
			if name := b["bucket"].(string); !strings.HasSuffix(name, "-"+w.account) {
				t.Errorf("app-%s: bucket %s does not end in the environment's account", env, name)
			}
		}
		manifest, _ := jsonpath.Get(app, "output", "config_manifest", "value").(string)
		if !strings.Contains(manifest, `"account_id":"`+w.account+`"`) {
			t.Errorf("app-%s: the manifest lacks account_id %s: %.300s", env, w.account, manifest)
		}
		if !strings.Contains(string(aws.Files[layout.AppStack(env, "")]), "DenyOtherEnvironments") {
			t.Errorf("app-%s: the cross-environment deny is gone", env)
		}
	}

	local, err := synthtest.Synthesize(projectRoot, map[string]string{envs.EnvEnvsDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(local.Outdir)
	for name, doc := range local.Docs {
		for _, p := range providers(doc) {
			if got := p["allowed_account_ids"]; !reflect.DeepEqual(got, []any{stacks.EmulatorAccountID}) {
				t.Errorf("local %s: allowed_account_ids %v, want the emulator's", name, got)
			}
			if p["assume_role"] != nil {
				t.Errorf("local %s: assumes %v on the emulator", name, p["assume_role"])
			}
		}
	}
}

// TestAccountSettingsAreChecked: an account id that is not 12 digits, or a
// role of another account than the environment's, is refused with the fix.
func TestAccountSettingsAreChecked(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(projectRoot, "envs", "dev.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for extra, want := range map[string]string{
		"account_id: 12345\n": `account_id: "12345" is not an AWS account id; use its 12 digits, quoted`,
		"account_id: \"111111111111\"\nrole_arn: arn:aws:iam::333333333333:role/x\n": `role_arn: "arn:aws:iam::333333333333:role/x" is a role of account 333333333333, but account_id is 111111111111`,
		"role_arn: deploy\n": `role_arn: "deploy" is not an IAM role ARN`,
	} {
		_, _, problems := envs.Parse("envs/dev.yaml", append(b, extra...))
		if !strings.Contains(problems.Error(), want) {
			t.Errorf("%q: got %v, want %q", extra, problems, want)
		}
	}
}

// TestCloudBackend: STATE_BACKEND=cloud puts every stack's state in a
// workspace of its own (prefix + stack) of the organization, on the given
// host; the app stacks read the network's outputs from its workspace; the
// stacks are valid Terraform; bad settings are refused.
func TestCloudBackend(t *testing.T) {
	vars := map[string]string{
		envs.EnvTarget: envs.TargetAWS, envs.EnvStateBackend: envs.BackendCloud,
		envs.EnvStateOrganization: "platform-team", envs.EnvStateHostname: "tfe.example.com",
	}
	s, err := synthtest.Synthesize(projectRoot, vars)
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(s.Outdir)
	for _, name := range s.StackNames() {
		cloud := jsonpath.Get(s.Docs[name], "terraform", "cloud")
		want := map[string]any{"organization": "platform-team", "hostname": "tfe.example.com", "workspaces": map[string]any{"name": "estate-" + name}}
		if !reflect.DeepEqual(cloud, want) {
			t.Errorf("%s: terraform.cloud = %v, want %v", name, cloud, want)
		}
		if jsonpath.Get(s.Docs[name], "terraform", "backend") != nil {
			t.Errorf("%s has a backend besides the cloud block", name)
		}
	}
	read := jsonpath.Get(s.Docs[layout.AppStack("dev", "")], "data", "terraform_remote_state", "cross-stack-reference-input-network")
	want := map[string]any{"backend": "remote", "config": map[string]any{"organization": "platform-team", "hostname": "tfe.example.com", "workspaces": map[string]any{"name": "estate-network"}}}
	if got, _ := read.(map[string]any); got == nil || !reflect.DeepEqual(got["backend"], want["backend"]) || !reflect.DeepEqual(got["config"], want["config"]) {
		t.Errorf("app-dev reads the network through %v, want %v", read, want)
	}
	terraform := synthtest.RequireTerraform(t)
	// One stack, as the root module that Terraform reads the cloud block
	// of (the block is the same in every stack). Its jsii calls first,
	// Terraform beside the other tests.
	dirs := s.FullSynth(t, layout.AppStack("dev", ""))
	t.Parallel()
	synthtest.Validate(t, projectRoot, terraform, dirs)

	for _, c := range []struct {
		vars map[string]string
		want string
	}{
		{map[string]string{envs.EnvTarget: envs.TargetAWS, envs.EnvStateBackend: envs.BackendCloud}, "environment variable STATE_ORGANIZATION: is required with STATE_BACKEND=cloud"},
		{map[string]string{envs.EnvStateBackend: envs.BackendCloud, envs.EnvStateOrganization: "x"}, "set TARGET=aws with it"},
		{map[string]string{envs.EnvTarget: envs.TargetAWS, envs.EnvStateBackend: envs.BackendCloud, envs.EnvStateOrganization: "x", envs.EnvStateBucket: "b"}, "environment variable STATE_BUCKET: is set but STATE_BACKEND is cloud"},
		{map[string]string{envs.EnvStateOrganization: "x"}, "environment variable STATE_ORGANIZATION: is set but STATE_BACKEND is local"},
		{map[string]string{envs.EnvTarget: envs.TargetAWS, envs.EnvStateBackend: envs.BackendCloud, envs.EnvStateOrganization: "x", envs.EnvStateHostname: "https://x"}, "is not a host name"},
	} {
		_, problems := envs.LoadSettings(synthtest.Getenv(c.vars))
		if !strings.Contains(problems.Error(), c.want) {
			t.Errorf("%v: got %v, want %q", c.vars, problems, c.want)
		}
	}
}
