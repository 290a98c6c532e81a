package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/platform/estate/internal/deploy"
	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/internal/layout"
	"github.com/platform/estate/internal/testbin"
)

// checkDrift changes dev's deployment out of band through the AWS API (a
// tag off the bucket, its versioning on, a log group's retention, an SSM
// parameter's value, an alarm's threshold, a rule added to a security group),
// all of them app-dev's (the network is not touched), and expects `estate
// drift` (make drift) to report exactly those with exit status 2; a deploy
// repairs them (then it calls repaired), and the command is clean again (0).
func checkDrift(t *testing.T, r *deploy.Runner, api awsCLI, extra map[string]string, repaired func()) {
	t.Helper()
	start := time.Now()
	dev := spec(t, r, "dev")
	region := dev.Region
	outputs, err := r.Outputs()
	if err != nil {
		t.Fatal(err)
	}
	bucket := fmt.Sprint(outputs[layout.AppStack("dev", "")]["bucket_name"])

	// Out of band. (No drift run before: the run after must report these
	// six resources and nothing else, and the one after the repair none.)
	var kept []map[string]string
	for _, tag := range list(api.get(region, "s3api", "get-bucket-tagging", "--bucket", bucket)["TagSet"]) {
		if k := fmt.Sprint(jsonpath.Get(tag, "Key")); k != "Owner" {
			kept = append(kept, map[string]string{"Key": k, "Value": fmt.Sprint(jsonpath.Get(tag, "Value"))})
		}
	}
	tagging, _ := json.Marshal(map[string]any{"TagSet": kept})
	api.get(region, "s3api", "put-bucket-tagging", "--bucket", bucket, "--tagging", string(tagging))
	api.get(region, "logs", "put-retention-policy", "--log-group-name", "/estate/dev/application", "--retention-in-days", "1")
	api.get(region, "ssm", "put-parameter", "--name", "/estate/dev/log-level", "--value", "error", "--type", "String", "--overwrite")
	// Versioning turned on (dev keeps it Suspended: S3 can always go back).
	api.get(region, "s3api", "put-bucket-versioning", "--bucket", bucket, "--versioning-configuration", "Status=Enabled")
	// An alarm's threshold raised.
	const alarmName = "estate-dev-db-cpu"
	alarms := list(api.get(region, "cloudwatch", "describe-alarms", "--alarm-names", alarmName)["MetricAlarms"])
	if len(alarms) != 1 {
		t.Fatalf("alarm %s: %d found", alarmName, len(alarms))
	}
	alarm := alarms[0].(map[string]any)
	dims, _ := json.Marshal(alarm["Dimensions"])
	api.get(region, "cloudwatch", "put-metric-alarm", "--alarm-name", alarmName,
		"--metric-name", fmt.Sprint(alarm["MetricName"]), "--namespace", fmt.Sprint(alarm["Namespace"]),
		"--statistic", fmt.Sprint(alarm["Statistic"]), "--period", fmt.Sprint(alarm["Period"]),
		"--evaluation-periods", fmt.Sprint(alarm["EvaluationPeriods"]), "--threshold", "99",
		"--comparison-operator", fmt.Sprint(alarm["ComparisonOperator"]), "--dimensions", string(dims),
		"--alarm-actions", strs(alarm["AlarmActions"])[0], "--ok-actions", strs(alarm["OKActions"])[0])
	// A rule added to the function's security group, which admits nothing.
	groups := list(api.get(region, "ec2", "describe-security-groups", "--filters", "Name=group-name,Values=estate-dev-api")["SecurityGroups"])
	if len(groups) != 1 {
		t.Fatalf("security group estate-dev-api: %d found", len(groups))
	}
	apiGroup := fmt.Sprint(groups[0].(map[string]any)["GroupId"])
	api.get(region, "ec2", "authorize-security-group-ingress", "--group-id", apiGroup, "--protocol", "tcp", "--port", "22", "--cidr", "10.0.0.0/8")

	code, drifts := runDrift(t, r, extra)
	if code != 2 {
		t.Errorf("drift after out-of-band changes: exit %d, want 2", code)
	}
	byAddress := map[string][]string{}
	for _, d := range drifts {
		byAddress[d.Address] = append(byAddress[d.Address], fmt.Sprintf("%s: %v -> %v", d.Attribute, d.InCode, d.InCloud))
	}
	app := layout.AppStack("dev", "")
	want := map[string]string{
		address(t, r, app, "aws_s3_bucket", "bucket", bucket):                             "tags_all.Owner: " + dev.Tags.Owner + " -> <nil>",
		address(t, r, app, "aws_cloudwatch_log_group", "name", "/estate/dev/application"): fmt.Sprintf("retention_in_days: %d -> 1", dev.Logs.RetentionDays),
		address(t, r, app, "aws_ssm_parameter", "name", "/estate/dev/log-level"):          "value: (sensitive) -> (sensitive)",
		address(t, r, app, "aws_cloudwatch_metric_alarm", "alarm_name", alarmName):        fmt.Sprintf("threshold: %d -> 99", dev.Alarms.DatabaseCPUPercent),
	}
	// Where the other two show: the bucket's versioning and the group's rules.
	for _, typ := range []string{"aws_s3_bucket_versioning", "aws_security_group"} {
		found := false
		for a := range byAddress {
			if strings.HasPrefix(a, typ+".") && (typ != "aws_security_group" || strings.Contains(strings.Join(byAddress[a], " "), "ingress")) {
				found = true
			}
		}
		if !found {
			t.Errorf("no drift of %s reported: %v", typ, byAddress)
		}
	}
	var addresses []string
	for a := range byAddress {
		addresses = append(addresses, a)
	}
	slices.Sort(addresses)
	if len(addresses) != len(want)+2 {
		t.Errorf("drifted resources %v, want exactly %d: the bucket, its versioning, the application log group, the log-level parameter, the CPU alarm, the function's security group", addresses, len(want)+2)
	}
	for addr, attr := range want {
		if !slices.Contains(byAddress[addr], attr) {
			t.Errorf("%s: drift %v, want it to include %q", addr, byAddress[addr], attr)
		}
	}

	step(t, "make up ENV=dev repairs the drift", func() error { return r.Deploy(layout.NetworkStack, layout.AppStack("dev", "")) })
	repaired()
	code, drifts = runDrift(t, r, extra)
	if code != 0 || len(drifts) != 0 {
		t.Errorf("drift after the repairing deploy: exit %d, %v; want 0 and none", code, drifts)
	}
	t.Logf("%-48s %6.1fs", "drift: detect, repair, clean", time.Since(start).Seconds())
}

// address is the Terraform address of the resource of typ in stack whose
// attr is value (the bucket's name holds a reference, so it matches by
// prefix up to the first interpolation).
func address(t *testing.T, r *deploy.Runner, stack, typ, attr, value string) string {
	t.Helper()
	resources, err := r.Resources(stack)
	if err != nil {
		t.Fatal(err)
	}
	for id, res := range resources[typ] {
		v := fmt.Sprint(res[attr])
		if i := strings.Index(v, "${"); i >= 0 && strings.HasPrefix(value, v[:i]) || v == value {
			return typ + "." + id
		}
	}
	t.Fatalf("%s has no %s with %s %s", stack, typ, attr, value)
	return ""
}

// runDrift runs the drift command (tools/estate drift -json) on the
// runner's deployment and returns its exit status and report.
func runDrift(t *testing.T, r *deploy.Runner, extra map[string]string) (int, []deploy.Drift) {
	t.Helper()
	cmd := exec.Command(estateTool(t), "drift", "-env", "dev", "-json", "-workdir", r.Workdir)
	cmd.Dir = r.Root
	cmd.Env = os.Environ()
	for k, v := range settings(extra) {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	code := testbin.ExitCode(t, err)
	if code == 1 {
		t.Fatalf("estate drift failed:\n%s", stderr.String())
	}
	var drifts []deploy.Drift
	if err := json.Unmarshal(out, &drifts); err != nil {
		t.Fatalf("estate drift -json: %v\n%s", err, out)
	}
	return code, drifts
}

// estateTool is tools/estate, built once per test binary.
func estateTool(t *testing.T) string { return testbin.Command(t, projectRoot, "./tools/estate") }
