package stacks

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/securitygroup"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/vpcsecuritygroupegressrule"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/network"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
)

// AppStackName is the name of env's application stack.
func AppStackName(env string) string { return "app-" + env }

// App is one environment's application stack.
type App struct {
	Stack cdktf.TerraformStack
	Spec  *envs.Spec
	Env   *security.Env
	Key   *key.Output
	// ComputeSecurityGroupID is the security group of the environment's compute.
	ComputeSecurityGroupID *string
}

// NewApp builds env's application stack on the network net of the network
// stack. Everything it takes from the network comes through net, which cdktf
// turns into cross-stack references.
func NewApp(app constructs.Construct, p *envs.Project, spec *envs.Spec, net *network.Output) (*App, error) {
	stack := newStack(app, AppStackName(spec.Name), p.Backend)
	env := security.NewEnv(stack, "account", spec, p.Suffix, newProvider(stack, "aws", "", spec, p.Suffix))

	k, err := key.New(stack, "key", key.Config{
		Env:                env,
		Name:               env.Namer.Prefix(),
		Description:        "Encrypts the data, secrets, logs and messages of " + env.Namer.Prefix(),
		DeletionWindowDays: spec.KMS.DeletionWindowDays,
		Services:           []key.Service{key.Logs, key.SNS, key.SecretsManager, key.RDS, key.DynamoDB, key.S3},
	})
	if err != nil {
		return nil, err
	}

	// The compute security group admits nothing; it may only call HTTPS
	// endpoints (AWS APIs through the endpoints or NAT).
	sg := securitygroup.NewSecurityGroup(stack, jsii.String("compute-sg"), &securitygroup.SecurityGroupConfig{
		Name:        jsii.String(env.Namer.Name("compute")),
		Description: jsii.String("Compute of " + env.Namer.Prefix() + ": no ingress, HTTPS egress"),
		VpcId:       net.VpcID,
		Tags:        &map[string]*string{"Name": jsii.String(env.Namer.Name("compute"))},
	})
	vpcsecuritygroupegressrule.NewVpcSecurityGroupEgressRule(stack, jsii.String("compute-https-egress"), &vpcsecuritygroupegressrule.VpcSecurityGroupEgressRuleConfig{
		SecurityGroupId: sg.Id(),
		Description:     jsii.String("HTTPS to AWS APIs"),
		IpProtocol:      jsii.String("tcp"),
		FromPort:        jsii.Number(443),
		ToPort:          jsii.Number(443),
		CidrIpv4:        jsii.String("0.0.0.0/0"),
	})

	output(stack, "kms_key_arn", k.ARN)
	output(stack, "compute_security_group_id", sg.Id())
	output(stack, "vpc_id", net.VpcID)

	return &App{Stack: stack, Spec: spec, Env: env, Key: k, ComputeSecurityGroupID: sg.Id()}, nil
}
