// Package bucket is the application's S3 bucket: SSE-KMS with a bucket key,
// public access blocked, ACLs disabled, TLS-only access, and versioning,
// lifecycle, transfer acceleration and event notifications per spec.
package bucket

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucket"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketaccelerateconfiguration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketlifecycleconfiguration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketnotification"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketownershipcontrols"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketpolicy"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketpublicaccessblock"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketserversideencryptionconfiguration"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/s3bucketversioning"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
)

// Lifecycle ages: objects move to cheaper storage as they age.
const (
	InfrequentAccessAfterDays = 30
	GlacierAfterDays          = 90
	// NoncurrentExpirationDays is how long a replaced version is kept.
	NoncurrentExpirationDays = 30
	// AbortUploadsAfterDays cleans up incomplete multipart uploads.
	AbortUploadsAfterDays = 7
)

// Config configures the bucket.
type Config struct {
	Identity *identity.Identity
	// Key encrypts the objects (SSE-KMS with a bucket key).
	Key *key.Output
	// Name is the globally unique bucket name.
	Name *string
	// Spec is the spec's bucket section.
	Spec envs.Bucket
	// Protect keeps the bucket's objects when the stack is destroyed;
	// otherwise destroy empties it (force_destroy).
	Protect bool
}

// Output is the bucket.
type Output struct {
	Bucket s3bucket.S3Bucket
	Name   *string
	ARN    *string
	key.Encrypted
	// requireKMSHeader makes GrantWrite grant only requests asking for SSE-KMS.
	requireKMSHeader bool
}

// New creates the bucket and its settings.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	ident := cfg.Identity
	scope = constructs.NewConstruct(scope, jsii.String(id))
	b := s3bucket.NewS3Bucket(scope, jsii.String("bucket"), &s3bucket.S3BucketConfig{
		Provider:     ident.Provider,
		Bucket:       cfg.Name,
		ForceDestroy: jsii.Bool(!cfg.Protect),
		Lifecycle:    identity.Retain(cfg.Protect),
	})
	// Every getter is a round trip to the jsii runtime: read each once.
	bucketID, bucketARN := b.Id(), b.Arn()
	out := &Output{Bucket: b, Name: bucketID, ARN: bucketARN, Encrypted: key.Encrypted{Construct: identity.Path(scope), Key: cfg.Key}, requireKMSHeader: cfg.Spec.RequireKMSHeader}

	s3bucketpublicaccessblock.NewS3BucketPublicAccessBlock(scope, jsii.String("public-access-block"), &s3bucketpublicaccessblock.S3BucketPublicAccessBlockConfig{
		Provider:              ident.Provider,
		Bucket:                bucketID,
		BlockPublicAcls:       jsii.Bool(true),
		BlockPublicPolicy:     jsii.Bool(true),
		IgnorePublicAcls:      jsii.Bool(true),
		RestrictPublicBuckets: jsii.Bool(true),
	})
	s3bucketownershipcontrols.NewS3BucketOwnershipControls(scope, jsii.String("ownership"), &s3bucketownershipcontrols.S3BucketOwnershipControlsConfig{
		Provider: ident.Provider,
		Bucket:   bucketID,
		Rule: &s3bucketownershipcontrols.S3BucketOwnershipControlsRule{
			ObjectOwnership: jsii.String("BucketOwnerEnforced"),
		},
	})
	s3bucketserversideencryptionconfiguration.NewS3BucketServerSideEncryptionConfigurationA(scope, jsii.String("encryption"), &s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationAConfig{
		Provider: ident.Provider,
		Bucket:   bucketID,
		Rule: &[]*s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleA{{
			ApplyServerSideEncryptionByDefault: &s3bucketserversideencryptionconfiguration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA{
				SseAlgorithm:   jsii.String("aws:kms"),
				KmsMasterKeyId: cfg.Key.ARN,
			},
			BucketKeyEnabled: jsii.Bool(true),
		}},
	})
	// Off is Suspended, not Disabled: S3 can return any bucket to
	// Suspended, but never to Disabled once versioning was on, so a bucket
	// whose versioning was turned on out of band could be neither repaired
	// nor destroyed.
	status := "Suspended"
	if cfg.Spec.Versioning {
		status = "Enabled"
	}
	versioning := s3bucketversioning.NewS3BucketVersioningA(scope, jsii.String("versioning"), &s3bucketversioning.S3BucketVersioningAConfig{
		Provider: ident.Provider,
		Bucket:   bucketID,
		VersioningConfiguration: &s3bucketversioning.S3BucketVersioningVersioningConfiguration{
			Status: jsii.String(status),
		},
	})

	// Transitions only where they come before expiration: S3 refuses a
	// transition on or after the expiration day.
	var transitions []*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleTransition
	for _, t := range []struct {
		days  int
		class string
	}{{InfrequentAccessAfterDays, "STANDARD_IA"}, {GlacierAfterDays, "GLACIER"}} {
		if t.days < cfg.Spec.ExpirationDays {
			transitions = append(transitions, &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleTransition{
				Days: jsii.Number(float64(t.days)), StorageClass: jsii.String(t.class),
			})
		}
	}
	rule := &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRule{
		Id:     jsii.String("age-out"),
		Status: jsii.String("Enabled"),
		Filter: &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleFilter{Prefix: jsii.String("")},
		Expiration: &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleExpiration{
			Days: jsii.Number(float64(cfg.Spec.ExpirationDays)),
		},
		AbortIncompleteMultipartUpload: &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload{
			DaysAfterInitiation: jsii.Number(AbortUploadsAfterDays),
		},
	}
	if len(transitions) > 0 {
		rule.Transition = &transitions
	}
	if cfg.Spec.Versioning {
		rule.NoncurrentVersionExpiration = &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration{
			NoncurrentDays: jsii.Number(NoncurrentExpirationDays),
		}
	}
	s3bucketlifecycleconfiguration.NewS3BucketLifecycleConfiguration(scope, jsii.String("lifecycle"), &s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationConfig{
		Provider: ident.Provider,
		Bucket:   bucketID,
		Rule:     &[]*s3bucketlifecycleconfiguration.S3BucketLifecycleConfigurationRule{rule},
		// The rule refers to versions: apply it after versioning.
		DependsOn: &[]cdktf.ITerraformDependable{versioning},
	})

	if cfg.Spec.TransferAcceleration {
		s3bucketaccelerateconfiguration.NewS3BucketAccelerateConfiguration(scope, jsii.String("acceleration"), &s3bucketaccelerateconfiguration.S3BucketAccelerateConfigurationConfig{
			Provider: ident.Provider,
			Bucket:   bucketID,
			Status:   jsii.String("Enabled"),
		})
	}
	if cfg.Spec.NotifyObjectCreated {
		// Every event of the bucket (object created among them) goes to the
		// account's default EventBridge bus, where rules pick what they need.
		s3bucketnotification.NewS3BucketNotification(scope, jsii.String("notifications"), &s3bucketnotification.S3BucketNotificationConfig{
			Provider:    ident.Provider,
			Bucket:      bucketID,
			Eventbridge: jsii.Bool(true),
		})
	}

	tlsOnly := security.PolicyDocument(scope, "policy-document", ident,
		security.DenyInsecureTransport([]string{"s3:*"}, bucketARN, jsii.String(*bucketARN+"/*")))
	s3bucketpolicy.NewS3BucketPolicy(scope, jsii.String("policy"), &s3bucketpolicy.S3BucketPolicyConfig{
		Provider: ident.Provider,
		Bucket:   bucketID,
		Policy:   tlsOnly.Json(),
	})
	return out, nil
}

// GrantRead lets role list the bucket, read its objects, and decrypt them
// with the bucket's key.
func (o *Output) GrantRead(role *security.Role) {
	role.Grant(security.Grant{Resource: o.Construct, Action: "Read", Statements: []security.Statement{{
		Actions:   []string{"s3:ListBucket"},
		Resources: []*string{o.ARN},
	}, {
		Actions:   []string{"s3:GetObject", "s3:GetObjectVersion"},
		Resources: []*string{jsii.String(*o.ARN + "/*")},
	}}})
	o.Key.GrantDecrypt(role)
}

// GrantWrite lets role put and delete the bucket's objects, encrypting them
// with the bucket's key. With Spec.RequireKMSHeader a put is granted only
// when it asks for SSE-KMS itself (deletes carry no such header).
func (o *Output) GrantWrite(role *security.Role) {
	objects := []*string{jsii.String(*o.ARN + "/*")}
	statements := []security.Statement{{Actions: []string{"s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"}, Resources: objects}}
	if o.requireKMSHeader {
		statements = []security.Statement{{
			Actions:    []string{"s3:PutObject"},
			Resources:  objects,
			Conditions: []security.Condition{{Test: "StringEquals", Variable: "s3:x-amz-server-side-encryption", Values: []*string{jsii.String("aws:kms")}}},
		}, {Actions: []string{"s3:DeleteObject", "s3:AbortMultipartUpload"}, Resources: objects}}
	}
	role.Grant(security.Grant{Resource: o.Construct, Action: "Write", Statements: statements})
	o.Key.GrantEncryptDecrypt(role)
}
