package tests

import (
	"strings"
	"testing"

	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/stacks"
)

// TestValidate: Estate.Validate runs the validations that main's synthesis
// skips (cdktf.AppConfig.SkipValidation, for its `terraform version`), and
// reports a failure as an error that names the construct, not as a panic;
// the estate itself passes.
func TestValidate(t *testing.T) {
	if err := awsSynth(t).Estate.Validate(); err != nil {
		t.Errorf("the estate: %v", err)
	}
	app := cdktf.Testing_App(&cdktf.TestingAppConfig{Outdir: str(t.TempDir())})
	stack := cdktf.NewTerraformStack(app, str("s"))
	// A resource with no provider in its stack: cdktf's own validation.
	cloudwatchloggroup.NewCloudwatchLogGroup(stack, str("logs"), &cloudwatchloggroup.CloudwatchLogGroupConfig{Name: str("/l")})
	err := (&stacks.Estate{Apps: []*stacks.App{{Stack: stack}}}).Validate()
	if err == nil || !strings.HasPrefix(err.Error(), "cdktf validation: ") || !strings.Contains(err.Error(), "[s] Found resources without a matching provider construct") {
		t.Errorf("a failing validation: %v", err)
	}
}
