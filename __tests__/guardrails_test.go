package tests

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/cloudwatchloggroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawsiampolicydocument"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dynamodbtable"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/iamrolepolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/lambdafunction"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/provider"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/rdscluster"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/rdsclusterinstance"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucket"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/secretsmanagersecret"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/snstopic"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupingressrule"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/guardrails"
	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/internal/jsonpath"
	"github.com/platform/estate/stacks"
)

// TestRealAppPassesGuardrails: every synthesis of the app passes every rule,
// with no suppression.
func TestRealAppPassesGuardrails(t *testing.T) {
	for _, s := range []*synthesized{awsSynth(t), localSynth(t), s3SuffixSynth(t)} {
		res, err := guardrails.CheckOutdir(s.Outdir, stacks.GuardrailOptions(s.Project))
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range res.Violations {
			t.Errorf("violation: %s", v)
		}
		for _, sup := range res.Suppressions {
			t.Errorf("unexpected suppression: %s", sup)
		}
	}
}

// TestEveryResourceTypeIsClassified: TAG-1 needs to know what is taggable;
// a new resource type must be put in Taggable or NotTaggable.
func TestEveryResourceTypeIsClassified(t *testing.T) {
	s := awsSynth(t)
	for _, name := range s.StackNames() {
		for typ := range jsonpath.Get(s.Docs[name], "resource").(map[string]any) {
			if !guardrails.Taggable[typ] && !guardrails.NotTaggable[typ] {
				t.Errorf("%s: resource type %s is in neither guardrails.Taggable nor guardrails.NotTaggable", name, typ)
			}
		}
	}
}

// violating builds, in a stack of its own, a construct that breaks a rule.
type violating struct {
	rule      string
	protected bool
	noTags    bool
	// id is the violating construct's id in the stack.
	id      string
	problem string
	build   func(stack cdktf.TerraformStack)
}

func str(s string) *string { return jsii.String(s) }

var violatingCases = []violating{
	{rule: "S3-1", id: "bucket", problem: "is not encrypted with a customer-managed KMS key (SSE-KMS)", build: bareBucket},
	{rule: "S3-2", id: "bucket", problem: "does not block all public access", build: bareBucket},
	{rule: "S3-3", id: "bucket", problem: "has no policy that denies requests without TLS", build: bareBucket},
	{rule: "S3-4", protected: true, id: "bucket", problem: "is not versioned although the environment protects its data", build: bareBucket},
	{rule: "DDB-1", id: "table", problem: "is not encrypted with a customer-managed KMS key", build: bareTable},
	{rule: "DDB-2", protected: true, id: "table", problem: "has no point-in-time recovery although the environment protects its data", build: bareTable},
	{rule: "RDS-1", id: "cluster", problem: "is not encrypted with a customer-managed KMS key", build: bareCluster},
	{rule: "RDS-2", id: "instance", problem: "is (or may default to) publicly accessible", build: func(s cdktf.TerraformStack) {
		rdsclusterinstance.NewRdsClusterInstance(s, str("instance"), &rdsclusterinstance.RdsClusterInstanceConfig{
			ClusterIdentifier: str("c"), InstanceClass: str("db.t4g.medium"), Engine: str("aurora-postgresql"), PubliclyAccessible: jsii.Bool(true),
		})
	}},
	{rule: "RDS-3", protected: true, id: "cluster", problem: "has no deletion protection although the environment protects its data", build: bareCluster},
	{rule: "RDS-4", id: "cluster", problem: "keeps backups for 1 day(s), fewer than 7", build: bareCluster},
	{rule: "LOG-1", id: "logs", problem: "keeps logs forever (no retention_in_days)", build: bareLogGroup},
	{rule: "LOG-2", id: "logs", problem: "is not encrypted with a customer-managed KMS key", build: bareLogGroup},
	{rule: "LMB-1", id: "function", problem: "does not run in a VPC", build: bareFunction},
	{rule: "LMB-2", id: "function", problem: "is not traced (X-Ray)", build: bareFunction},
	{rule: "LMB-3", id: "function", problem: "has no reserved concurrency", build: bareFunction},
	{rule: "LMB-4", id: "function", problem: "does not log to a log group the stack manages", build: bareFunction},
	{rule: "SG-1", id: "open", problem: "admits ingress from anywhere", build: func(s cdktf.TerraformStack) {
		vpcsecuritygroupingressrule.NewVpcSecurityGroupIngressRule(s, str("open"), &vpcsecuritygroupingressrule.VpcSecurityGroupIngressRuleConfig{
			SecurityGroupId: str("sg-1"), IpProtocol: str("tcp"), FromPort: jsii.Number(22), ToPort: jsii.Number(22), CidrIpv4: str("0.0.0.0/0"),
		})
	}},
	{rule: "IAM-1", id: "admin", problem: "has a policy (policy) that allows every action on every resource", build: func(s cdktf.TerraformStack) {
		doc := dataawsiampolicydocument.NewDataAwsIamPolicyDocument(s, str("everything"), &dataawsiampolicydocument.DataAwsIamPolicyDocumentConfig{
			Statement: &[]*dataawsiampolicydocument.DataAwsIamPolicyDocumentStatement{{Actions: jsii.Strings("*"), Resources: jsii.Strings("*")}},
		})
		iamrolepolicy.NewIamRolePolicy(s, str("admin"), &iamrolepolicy.IamRolePolicyConfig{Role: str("r"), Policy: doc.Json()})
	}},
	{rule: "SNS-1", id: "topic", problem: "is not encrypted with a customer-managed KMS key", build: func(s cdktf.TerraformStack) {
		snstopic.NewSnsTopic(s, str("topic"), &snstopic.SnsTopicConfig{Name: str("t")})
	}},
	{rule: "SM-1", id: "secret", problem: "is not encrypted with a customer-managed KMS key", build: bareSecret},
	{rule: "SM-2", id: "secret", problem: "is never rotated", build: bareSecret},
	{rule: "TAG-1", noTags: true, id: "topic", problem: "lacks the tags Application, Environment, ManagedBy, CostCenter, Owner", build: func(s cdktf.TerraformStack) {
		snstopic.NewSnsTopic(s, str("topic"), &snstopic.SnsTopicConfig{Name: str("t"), KmsMasterKeyId: str("alias/k")})
	}},
}

func bareBucket(s cdktf.TerraformStack) {
	s3bucket.NewS3Bucket(s, str("bucket"), &s3bucket.S3BucketConfig{Bucket: str("b")})
}

func bareTable(s cdktf.TerraformStack) {
	dynamodbtable.NewDynamodbTable(s, str("table"), &dynamodbtable.DynamodbTableConfig{
		Name: str("t"), HashKey: str("pk"), BillingMode: str("PAY_PER_REQUEST"),
		Attribute: &[]*dynamodbtable.DynamodbTableAttribute{{Name: str("pk"), Type: str("S")}},
	})
}

func bareCluster(s cdktf.TerraformStack) {
	rdscluster.NewRdsCluster(s, str("cluster"), &rdscluster.RdsClusterConfig{
		ClusterIdentifier: str("c"), Engine: str("aurora-postgresql"), BackupRetentionPeriod: jsii.Number(1),
	})
}

func bareLogGroup(s cdktf.TerraformStack) {
	cloudwatchloggroup.NewCloudwatchLogGroup(s, str("logs"), &cloudwatchloggroup.CloudwatchLogGroupConfig{Name: str("/l")})
}

func bareFunction(s cdktf.TerraformStack) {
	lambdafunction.NewLambdaFunction(s, str("function"), &lambdafunction.LambdaFunctionConfig{
		FunctionName: str("f"), Role: str("arn:aws:iam::123456789012:role/r"), PackageType: str("Image"), ImageUri: str("i"),
	})
}

func bareSecret(s cdktf.TerraformStack) {
	secretsmanagersecret.NewSecretsmanagerSecret(s, str("secret"), &secretsmanagersecret.SecretsmanagerSecretConfig{Name: str("s")})
}

// guardrailApp is one app with a stack per violating case, plus a stack
// with a suppressed violation, synthesized once (TestMain removes it).
var guardrailApp = &violations{}

type violations struct {
	once   sync.Once
	outdir string
	err    error
}

// Cleanup removes the synthesized app, if it was synthesized.
func (v *violations) Cleanup() {
	if v.outdir != "" {
		os.RemoveAll(v.outdir)
	}
}

func synthViolations(t *testing.T) string {
	t.Helper()
	guardrailApp.once.Do(func() {
		outdir, err := os.MkdirTemp("", "estate-guardrails-")
		if err != nil {
			guardrailApp.err = err
			return
		}
		guardrailApp.outdir = outdir
		app := cdktf.Testing_App(&cdktf.TestingAppConfig{Outdir: jsii.String(outdir), StackTraces: jsii.Bool(false)})
		newStack := func(name string, tags bool) cdktf.TerraformStack {
			s := cdktf.NewTerraformStack(app, str(name))
			cfg := &provider.AwsProviderConfig{Region: str("us-east-1")}
			if tags {
				all := map[string]*string{}
				for _, k := range identity.RequiredTags {
					all[k] = str("x")
				}
				cfg.DefaultTags = &[]*provider.AwsProviderDefaultTags{{Tags: &all}}
			}
			provider.NewAwsProvider(s, str("aws"), cfg)
			return s
		}
		for _, c := range violatingCases {
			c.build(newStack(strings.ToLower(c.rule), !c.noTags))
		}
		s := newStack("suppressed", true)
		lg := cloudwatchloggroup.NewCloudwatchLogGroup(s, str("logs"), &cloudwatchloggroup.CloudwatchLogGroupConfig{Name: str("/l"), KmsKeyId: str("k")})
		if err := guardrails.Suppress(lg, "LOG-1", "audit logs are kept forever by law"); err != nil {
			guardrailApp.err = err
			return
		}
		app.Synth()
	})
	if guardrailApp.err != nil {
		t.Fatal(guardrailApp.err)
	}
	return guardrailApp.outdir
}

// TestEachRuleFailsAViolatingConstruct: for every rule, a construct that
// breaks it fails with the construct path, the rule id, the problem and the
// fix; and a suppression with a reason is honoured and listed.
func TestEachRuleFailsAViolatingConstruct(t *testing.T) {
	outdir := synthViolations(t)
	protected := map[string]bool{}
	covered := map[string]bool{}
	for _, c := range violatingCases {
		protected[strings.ToLower(c.rule)] = c.protected
		covered[c.rule] = true
	}
	res, err := guardrails.CheckOutdir(outdir, func(stack string) guardrails.Options {
		return guardrails.Options{Protected: protected[stack], RequiredTags: identity.RequiredTags}
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range violatingCases {
		stack := strings.ToLower(c.rule)
		path := stack + "/" + c.id
		found := false
		for _, v := range res.Violations {
			if v.Rule != c.rule || v.Path != path {
				continue
			}
			found = true
			want := path + " (" + v.Address + "): " + c.rule + " " + c.problem + "; " + guardrails.Rules[c.rule].Fix
			if v.String() != want {
				t.Errorf("%s: got\n  %s\nwant\n  %s", c.rule, v, want)
			}
		}
		if !found {
			t.Errorf("%s: no violation at %s", c.rule, path)
		}
	}
	for _, id := range guardrails.RuleIDs() {
		if !covered[id] {
			t.Errorf("rule %s has no violating case", id)
		}
	}
	// The suppressed stack: no LOG-1 violation, one listed suppression.
	for _, v := range res.Violations {
		if strings.HasPrefix(v.Path, "suppressed/") {
			t.Errorf("suppressed stack still has %s", v)
		}
	}
	if len(res.Suppressions) != 1 || res.Suppressions[0].String() != "suppressed/logs (aws_cloudwatch_log_group.logs): LOG-1 suppressed: audit logs are kept forever by law" {
		t.Errorf("suppressions: %v", res.Suppressions)
	}
	if err := res.Err(); err == nil || !strings.HasPrefix(err.Error(), "guardrails: ") || !strings.Contains(err.Error(), "s3-1/bucket (aws_s3_bucket.bucket): S3-1 ") {
		t.Errorf("the synthesis error does not list the violations: %v", err)
	}
}

// TestSuppressNeedsAReasonAndARule: a suppression without a reason, or of
// a rule that does not exist, is refused.
func TestSuppressNeedsAReasonAndARule(t *testing.T) {
	app := cdktf.Testing_App(&cdktf.TestingAppConfig{Outdir: str(t.TempDir())})
	s := cdktf.NewTerraformStack(app, str("s"))
	lg := cloudwatchloggroup.NewCloudwatchLogGroup(s, str("logs"), &cloudwatchloggroup.CloudwatchLogGroupConfig{Name: str("/l")})
	if err := guardrails.Suppress(lg, "LOG-1", " "); err == nil || err.Error() != "guardrails: suppressing LOG-1 needs a reason" {
		t.Errorf("no reason: %v", err)
	}
	if err := guardrails.Suppress(lg, "LOG-9", "because"); err == nil || !strings.HasPrefix(err.Error(), `guardrails: no rule "LOG-9" to suppress; rules: DDB-1, DDB-2,`) {
		t.Errorf("unknown rule: %v", err)
	}
}
