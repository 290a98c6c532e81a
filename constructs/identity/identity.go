// Package identity is where and as whom an environment's constructs are
// built: the AWS provider (and so the account and region), the account and
// partition as Terraform resolves them, how physical resources are named,
// the tags every resource carries, and whether data is kept on destroy.
//
// Every construct takes an *Identity; none reaches for the environment spec
// or the provider on its own.
package identity

import (
	"strings"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawscalleridentity"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dataawspartition"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

// ManagedBy is the value of every resource's ManagedBy tag.
const ManagedBy = "cdktf"

// RequiredTags are the tags every taggable resource must carry (guardrail TAG-1).
var RequiredTags = []string{"Application", "Environment", "ManagedBy", "CostCenter", "Owner"}

// Namer derives physical resource names:
// <application>-<environment>[-<suffix>]-<part>.
type Namer struct {
	Application string
	Environment string
	Suffix      string
}

// Prefix is the name every physical resource of the environment starts with.
func (n Namer) Prefix() string {
	p := n.Application + "-" + n.Environment
	if n.Suffix != "" {
		p += "-" + n.Suffix
	}
	return p
}

// Path is the environment's hierarchy root for SSM parameters, secrets and
// log groups: /<application>/<environment>[-<suffix>].
func (n Namer) Path() string {
	p := "/" + n.Application + "/" + n.Environment
	if n.Suffix != "" {
		p += "-" + n.Suffix
	}
	return p
}

// Name joins the prefix and parts with hyphens.
func (n Namer) Name(parts ...string) string {
	return strings.Join(append([]string{n.Prefix()}, parts...), "-")
}

// Identity is one environment as its constructs see it.
type Identity struct {
	// Environment is the environment's name, the value of every resource's
	// Environment tag.
	Environment string
	// Region is the provider's region.
	Region string
	// Provider is the AWS provider every resource is built with.
	Provider cdktf.TerraformProvider
	Namer    Namer
	// AccountID and Partition are tokens resolved by Terraform.
	AccountID *string
	Partition *string
}

// Config describes an identity.
type Config struct {
	Environment, Region string
	// AccountID, when known, is used in names and ARNs instead of the
	// caller's account, read at plan time.
	AccountID string
	Provider  cdktf.TerraformProvider
	Namer     Namer
}

// New reads the account and partition of the provider once, for every
// construct of the environment to share.
func New(scope constructs.Construct, id string, cfg Config) *Identity {
	caller := dataawscalleridentity.NewDataAwsCallerIdentity(scope, jsii.String(id+"-caller"), &dataawscalleridentity.DataAwsCallerIdentityConfig{
		Provider: cfg.Provider,
	})
	partition := dataawspartition.NewDataAwsPartition(scope, jsii.String(id+"-partition"), &dataawspartition.DataAwsPartitionConfig{
		Provider: cfg.Provider,
	})
	account := caller.AccountId()
	if cfg.AccountID != "" {
		account = jsii.String(cfg.AccountID)
	}
	return &Identity{
		Environment: cfg.Environment,
		Region:      cfg.Region,
		Provider:    cfg.Provider,
		Namer:       cfg.Namer,
		AccountID:   account,
		Partition:   partition.Partition(),
	}
}

// ARN builds an ARN in the identity's partition, region and account:
// ARN("logs", "log-group:/x") is arn:<partition>:logs:<region>:<account>:log-group:/x.
func (i *Identity) ARN(service, resource string) *string {
	return jsii.String("arn:" + *i.Partition + ":" + service + ":" + i.Region + ":" + *i.AccountID + ":" + resource)
}

// RootPrincipal is the account's root principal, through which IAM policies
// in the account are allowed to grant access.
func (i *Identity) RootPrincipal() *string {
	return jsii.String("arn:" + *i.Partition + ":iam::" + *i.AccountID + ":root")
}

// Retain is the lifecycle of a resource that holds data: when protect is
// set, Terraform refuses any plan that would destroy it (prevent_destroy),
// so that data is never lost by accident. Lifting it takes a change of the
// configuration (ALLOW_DESTROY), which a reviewer sees. nil when !protect.
func Retain(protect bool) *cdktf.TerraformResourceLifecycle {
	if !protect {
		return nil
	}
	return &cdktf.TerraformResourceLifecycle{PreventDestroy: jsii.Bool(true)}
}

// Path returns the construct path of c within its stack ("table",
// "app-secret/secret"): one jsii call.
func Path(c constructs.IConstruct) string {
	p := *c.Node().Path()
	if _, rest, ok := strings.Cut(p, "/"); ok {
		return rest
	}
	return p
}
