// Package table is the application's DynamoDB table: the spec's key schema
// and (optional) global secondary index, encryption with the environment's
// key, and billing, table class, point-in-time recovery, streams, TTL and
// deletion protection per spec.
package table

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dynamodbtable"

	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
)

// Config configures the table.
type Config struct {
	Identity *identity.Identity
	// Key encrypts the table.
	Key *key.Output
	// Name is the physical table name.
	Name string
	// Spec is the spec's dynamodb section.
	Spec envs.DynamoDB
	// Protect turns on deletion protection, and Terraform refuses to destroy
	// the table.
	Protect bool
}

// Output is the table.
type Output struct {
	Table dynamodbtable.DynamodbTable
	Name  *string
	ARN   *string
	key.Encrypted
}

// New creates the table.
func New(scope constructs.Construct, id string, cfg Config) (*Output, error) {
	spec := cfg.Spec
	if spec.PartitionKey == "" {
		return nil, fmt.Errorf("table %s: no partition key", id)
	}
	// Every key attribute once, strings all.
	var attributes []*dynamodbtable.DynamodbTableAttribute
	var names []string
	for _, a := range []string{spec.PartitionKey, spec.SortKey, spec.IndexPartitionKey, spec.IndexSortKey} {
		if a != "" && !slices.Contains(names, a) {
			names = append(names, a)
			attributes = append(attributes, &dynamodbtable.DynamodbTableAttribute{Name: jsii.String(a), Type: jsii.String("S")})
		}
	}
	tc := &dynamodbtable.DynamodbTableConfig{
		Provider:    cfg.Identity.Provider,
		Name:        jsii.String(cfg.Name),
		BillingMode: jsii.String(spec.BillingMode),
		HashKey:     jsii.String(spec.PartitionKey),
		Attribute:   &attributes,
		PointInTimeRecovery: &dynamodbtable.DynamodbTablePointInTimeRecovery{
			Enabled: jsii.Bool(spec.PointInTimeRecovery),
		},
		ServerSideEncryption: &dynamodbtable.DynamodbTableServerSideEncryption{
			Enabled:   jsii.Bool(true),
			KmsKeyArn: cfg.Key.ARN,
		},
		TableClass:                jsii.String(spec.TableClass),
		DeletionProtectionEnabled: jsii.Bool(cfg.Protect),
		Lifecycle:                 identity.Retain(cfg.Protect),
	}
	if spec.SortKey != "" {
		tc.RangeKey = jsii.String(spec.SortKey)
	}
	var index *dynamodbtable.DynamodbTableGlobalSecondaryIndex
	if spec.Index != "" {
		index = &dynamodbtable.DynamodbTableGlobalSecondaryIndex{
			Name:           jsii.String(spec.Index),
			HashKey:        jsii.String(spec.IndexPartitionKey),
			ProjectionType: jsii.String("ALL"),
		}
		if spec.IndexSortKey != "" {
			index.RangeKey = jsii.String(spec.IndexSortKey)
		}
		tc.GlobalSecondaryIndex = &[]*dynamodbtable.DynamodbTableGlobalSecondaryIndex{index}
	}
	if spec.TTLAttribute != "" {
		tc.Ttl = &dynamodbtable.DynamodbTableTtl{AttributeName: jsii.String(spec.TTLAttribute), Enabled: jsii.Bool(true)}
	}
	if spec.BillingMode == envs.BillingProvisioned {
		tc.ReadCapacity, tc.WriteCapacity = jsii.Number(float64(spec.ReadCapacity)), jsii.Number(float64(spec.WriteCapacity))
		if index != nil {
			// The index's own capacity, or the table's.
			index.ReadCapacity = jsii.Number(float64(cmp.Or(spec.IndexReadCapacity, spec.ReadCapacity)))
			index.WriteCapacity = jsii.Number(float64(cmp.Or(spec.IndexWriteCapacity, spec.WriteCapacity)))
		}
	}
	if spec.Stream {
		tc.StreamEnabled = jsii.Bool(true)
		tc.StreamViewType = jsii.String("NEW_AND_OLD_IMAGES")
	}
	t := dynamodbtable.NewDynamodbTable(scope, jsii.String(id), tc)
	return &Output{Table: t, Name: t.Name(), ARN: t.Arn(), Encrypted: key.Encrypted{Construct: identity.Path(t), Key: cfg.Key}}, nil
}

// GrantReadWrite lets role read and write items of the table and its
// indexes, and use the table's key to do so.
func (o *Output) GrantReadWrite(role *security.Role) {
	role.Grant(security.Grant{Resource: o.Construct, Action: "ReadWrite", Statements: []security.Statement{{
		Actions: []string{
			"dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:ConditionCheckItem",
			"dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:PutItem",
			"dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem",
		},
		Resources: []*string{o.ARN, jsii.String(*o.ARN + "/index/*")},
	}}})
	o.Key.GrantEncryptDecrypt(role)
}
