// Package table is the application's DynamoDB table: partition and sort key,
// one global secondary index, encryption with the environment's key, and
// billing, point-in-time recovery, streams and deletion protection per spec.
package table

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dynamodbtable"

	"github.com/platform/estate/constructs/identity"
	"github.com/platform/estate/constructs/security"
	"github.com/platform/estate/constructs/security/key"
	"github.com/platform/estate/envs"
)

// Key attribute names: a single-table design with one overloaded index.
const (
	PartitionKey = "pk"
	SortKey      = "sk"
	IndexName    = "gsi1"
	IndexPK      = "gsi1pk"
	IndexSK      = "gsi1sk"
	// TTLAttribute holds the epoch second an item expires at.
	TTLAttribute = "expires_at"
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
	str := func(name string) *dynamodbtable.DynamodbTableAttribute {
		return &dynamodbtable.DynamodbTableAttribute{Name: jsii.String(name), Type: jsii.String("S")}
	}
	index := &dynamodbtable.DynamodbTableGlobalSecondaryIndex{
		Name:           jsii.String(IndexName),
		HashKey:        jsii.String(IndexPK),
		RangeKey:       jsii.String(IndexSK),
		ProjectionType: jsii.String("ALL"),
	}
	tc := &dynamodbtable.DynamodbTableConfig{
		Provider:    cfg.Identity.Provider,
		Name:        jsii.String(cfg.Name),
		BillingMode: jsii.String(cfg.Spec.BillingMode),
		HashKey:     jsii.String(PartitionKey),
		RangeKey:    jsii.String(SortKey),
		Attribute: &[]*dynamodbtable.DynamodbTableAttribute{
			str(PartitionKey), str(SortKey), str(IndexPK), str(IndexSK),
		},
		GlobalSecondaryIndex: &[]*dynamodbtable.DynamodbTableGlobalSecondaryIndex{index},
		PointInTimeRecovery: &dynamodbtable.DynamodbTablePointInTimeRecovery{
			Enabled: jsii.Bool(cfg.Spec.PointInTimeRecovery),
		},
		ServerSideEncryption: &dynamodbtable.DynamodbTableServerSideEncryption{
			Enabled:   jsii.Bool(true),
			KmsKeyArn: cfg.Key.ARN,
		},
		Ttl: &dynamodbtable.DynamodbTableTtl{
			AttributeName: jsii.String(TTLAttribute),
			Enabled:       jsii.Bool(true),
		},
		TableClass:                jsii.String("STANDARD"),
		DeletionProtectionEnabled: jsii.Bool(cfg.Protect),
		Lifecycle:                 identity.Retain(cfg.Protect),
	}
	if cfg.Spec.BillingMode == envs.BillingProvisioned {
		read, write := jsii.Number(float64(cfg.Spec.ReadCapacity)), jsii.Number(float64(cfg.Spec.WriteCapacity))
		tc.ReadCapacity, tc.WriteCapacity = read, write
		index.ReadCapacity, index.WriteCapacity = read, write
	}
	if cfg.Spec.Stream {
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
