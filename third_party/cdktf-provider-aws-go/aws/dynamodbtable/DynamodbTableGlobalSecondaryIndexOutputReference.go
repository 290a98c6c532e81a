// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

package dynamodbtable

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/cdktf/cdktf-provider-aws-go/aws/v19/jsii"

	"github.com/cdktf/cdktf-provider-aws-go/aws/v19/dynamodbtable/internal"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

type DynamodbTableGlobalSecondaryIndexOutputReference interface {
	cdktf.ComplexObject
	// the index of the complex object in a list.
	// Experimental.
	ComplexObjectIndex() interface{}
	// Experimental.
	SetComplexObjectIndex(val interface{})
	// set to true if this item is from inside a set and needs tolist() for accessing it set to "0" for single list items.
	// Experimental.
	ComplexObjectIsFromSet() *bool
	// Experimental.
	SetComplexObjectIsFromSet(val *bool)
	// The creation stack of this resolvable which will be appended to errors thrown during resolution.
	//
	// If this returns an empty array the stack will not be attached.
	// Experimental.
	CreationStack() *[]*string
	// Experimental.
	Fqn() *string
	HashKey() *string
	SetHashKey(val *string)
	HashKeyInput() *string
	InternalValue() interface{}
	SetInternalValue(val interface{})
	Name() *string
	SetName(val *string)
	NameInput() *string
	NonKeyAttributes() *[]*string
	SetNonKeyAttributes(val *[]*string)
	NonKeyAttributesInput() *[]*string
	OnDemandThroughput() DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference
	OnDemandThroughputInput() *DynamodbTableGlobalSecondaryIndexOnDemandThroughput
	ProjectionType() *string
	SetProjectionType(val *string)
	ProjectionTypeInput() *string
	RangeKey() *string
	SetRangeKey(val *string)
	RangeKeyInput() *string
	ReadCapacity() *float64
	SetReadCapacity(val *float64)
	ReadCapacityInput() *float64
	// Experimental.
	TerraformAttribute() *string
	// Experimental.
	SetTerraformAttribute(val *string)
	// Experimental.
	TerraformResource() cdktf.IInterpolatingParent
	// Experimental.
	SetTerraformResource(val cdktf.IInterpolatingParent)
	WriteCapacity() *float64
	SetWriteCapacity(val *float64)
	WriteCapacityInput() *float64
	// Experimental.
	ComputeFqn() *string
	// Experimental.
	GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{}
	// Experimental.
	GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable
	// Experimental.
	GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool
	// Experimental.
	GetListAttribute(terraformAttribute *string) *[]*string
	// Experimental.
	GetNumberAttribute(terraformAttribute *string) *float64
	// Experimental.
	GetNumberListAttribute(terraformAttribute *string) *[]*float64
	// Experimental.
	GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64
	// Experimental.
	GetStringAttribute(terraformAttribute *string) *string
	// Experimental.
	GetStringMapAttribute(terraformAttribute *string) *map[string]*string
	// Experimental.
	InterpolationAsList() cdktf.IResolvable
	// Experimental.
	InterpolationForAttribute(property *string) cdktf.IResolvable
	PutOnDemandThroughput(value *DynamodbTableGlobalSecondaryIndexOnDemandThroughput)
	ResetNonKeyAttributes()
	ResetOnDemandThroughput()
	ResetRangeKey()
	ResetReadCapacity()
	ResetWriteCapacity()
	// Produce the Token's value at resolution time.
	// Experimental.
	Resolve(_context cdktf.IResolveContext) interface{}
	// Return a string representation of this resolvable object.
	//
	// Returns a reversible string representation.
	// Experimental.
	ToString() *string
}

// The jsii proxy struct for DynamodbTableGlobalSecondaryIndexOutputReference
type jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference struct {
	internal.Type__cdktfComplexObject
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ComplexObjectIndex() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"complexObjectIndex",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ComplexObjectIsFromSet() *bool {
	var returns *bool
	_jsii_.Get(
		j,
		"complexObjectIsFromSet",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) CreationStack() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"creationStack",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) Fqn() *string {
	var returns *string
	_jsii_.Get(
		j,
		"fqn",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) HashKey() *string {
	var returns *string
	_jsii_.Get(
		j,
		"hashKey",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) HashKeyInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"hashKeyInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) InternalValue() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"internalValue",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) Name() *string {
	var returns *string
	_jsii_.Get(
		j,
		"name",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) NameInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"nameInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) NonKeyAttributes() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"nonKeyAttributes",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) NonKeyAttributesInput() *[]*string {
	var returns *[]*string
	_jsii_.Get(
		j,
		"nonKeyAttributesInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) OnDemandThroughput() DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference {
	var returns DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference
	_jsii_.Get(
		j,
		"onDemandThroughput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) OnDemandThroughputInput() *DynamodbTableGlobalSecondaryIndexOnDemandThroughput {
	var returns *DynamodbTableGlobalSecondaryIndexOnDemandThroughput
	_jsii_.Get(
		j,
		"onDemandThroughputInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ProjectionType() *string {
	var returns *string
	_jsii_.Get(
		j,
		"projectionType",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ProjectionTypeInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"projectionTypeInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) RangeKey() *string {
	var returns *string
	_jsii_.Get(
		j,
		"rangeKey",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) RangeKeyInput() *string {
	var returns *string
	_jsii_.Get(
		j,
		"rangeKeyInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ReadCapacity() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"readCapacity",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ReadCapacityInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"readCapacityInput",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) TerraformAttribute() *string {
	var returns *string
	_jsii_.Get(
		j,
		"terraformAttribute",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) TerraformResource() cdktf.IInterpolatingParent {
	var returns cdktf.IInterpolatingParent
	_jsii_.Get(
		j,
		"terraformResource",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) WriteCapacity() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"writeCapacity",
		&returns,
	)
	return returns
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) WriteCapacityInput() *float64 {
	var returns *float64
	_jsii_.Get(
		j,
		"writeCapacityInput",
		&returns,
	)
	return returns
}


func NewDynamodbTableGlobalSecondaryIndexOutputReference(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) DynamodbTableGlobalSecondaryIndexOutputReference {
	_init_.Initialize()

	if err := validateNewDynamodbTableGlobalSecondaryIndexOutputReferenceParameters(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet); err != nil {
		panic(err)
	}
	j := jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference{}

	_jsii_.Create(
		"@cdktf/provider-aws.dynamodbTable.DynamodbTableGlobalSecondaryIndexOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		&j,
	)

	return &j
}

func NewDynamodbTableGlobalSecondaryIndexOutputReference_Override(d DynamodbTableGlobalSecondaryIndexOutputReference, terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) {
	_init_.Initialize()

	_jsii_.Create(
		"@cdktf/provider-aws.dynamodbTable.DynamodbTableGlobalSecondaryIndexOutputReference",
		[]interface{}{terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet},
		d,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetComplexObjectIndex(val interface{}) {
	if err := j.validateSetComplexObjectIndexParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIndex",
		val,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetComplexObjectIsFromSet(val *bool) {
	if err := j.validateSetComplexObjectIsFromSetParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"complexObjectIsFromSet",
		val,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetHashKey(val *string) {
	if err := j.validateSetHashKeyParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"hashKey",
		val,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetInternalValue(val interface{}) {
	if err := j.validateSetInternalValueParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"internalValue",
		val,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetName(val *string) {
	if err := j.validateSetNameParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"name",
		val,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetNonKeyAttributes(val *[]*string) {
	if err := j.validateSetNonKeyAttributesParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"nonKeyAttributes",
		val,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetProjectionType(val *string) {
	if err := j.validateSetProjectionTypeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"projectionType",
		val,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetRangeKey(val *string) {
	if err := j.validateSetRangeKeyParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"rangeKey",
		val,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetReadCapacity(val *float64) {
	if err := j.validateSetReadCapacityParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"readCapacity",
		val,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetTerraformAttribute(val *string) {
	if err := j.validateSetTerraformAttributeParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformAttribute",
		val,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetTerraformResource(val cdktf.IInterpolatingParent) {
	if err := j.validateSetTerraformResourceParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"terraformResource",
		val,
	)
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference)SetWriteCapacity(val *float64) {
	if err := j.validateSetWriteCapacityParameters(val); err != nil {
		panic(err)
	}
	_jsii_.Set(
		j,
		"writeCapacity",
		val,
	)
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ComputeFqn() *string {
	var returns *string

	_jsii_.Invoke(
		d,
		"computeFqn",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) GetAnyMapAttribute(terraformAttribute *string) *map[string]interface{} {
	if err := d.validateGetAnyMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]interface{}

	_jsii_.Invoke(
		d,
		"getAnyMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) GetBooleanAttribute(terraformAttribute *string) cdktf.IResolvable {
	if err := d.validateGetBooleanAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		d,
		"getBooleanAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) GetBooleanMapAttribute(terraformAttribute *string) *map[string]*bool {
	if err := d.validateGetBooleanMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*bool

	_jsii_.Invoke(
		d,
		"getBooleanMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) GetListAttribute(terraformAttribute *string) *[]*string {
	if err := d.validateGetListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*string

	_jsii_.Invoke(
		d,
		"getListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) GetNumberAttribute(terraformAttribute *string) *float64 {
	if err := d.validateGetNumberAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *float64

	_jsii_.Invoke(
		d,
		"getNumberAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) GetNumberListAttribute(terraformAttribute *string) *[]*float64 {
	if err := d.validateGetNumberListAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *[]*float64

	_jsii_.Invoke(
		d,
		"getNumberListAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) GetNumberMapAttribute(terraformAttribute *string) *map[string]*float64 {
	if err := d.validateGetNumberMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*float64

	_jsii_.Invoke(
		d,
		"getNumberMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) GetStringAttribute(terraformAttribute *string) *string {
	if err := d.validateGetStringAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *string

	_jsii_.Invoke(
		d,
		"getStringAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) GetStringMapAttribute(terraformAttribute *string) *map[string]*string {
	if err := d.validateGetStringMapAttributeParameters(terraformAttribute); err != nil {
		panic(err)
	}
	var returns *map[string]*string

	_jsii_.Invoke(
		d,
		"getStringMapAttribute",
		[]interface{}{terraformAttribute},
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) InterpolationAsList() cdktf.IResolvable {
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		d,
		"interpolationAsList",
		nil, // no parameters
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) InterpolationForAttribute(property *string) cdktf.IResolvable {
	if err := d.validateInterpolationForAttributeParameters(property); err != nil {
		panic(err)
	}
	var returns cdktf.IResolvable

	_jsii_.Invoke(
		d,
		"interpolationForAttribute",
		[]interface{}{property},
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) PutOnDemandThroughput(value *DynamodbTableGlobalSecondaryIndexOnDemandThroughput) {
	if err := d.validatePutOnDemandThroughputParameters(value); err != nil {
		panic(err)
	}
	_jsii_.InvokeVoid(
		d,
		"putOnDemandThroughput",
		[]interface{}{value},
	)
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ResetNonKeyAttributes() {
	_jsii_.InvokeVoid(
		d,
		"resetNonKeyAttributes",
		nil, // no parameters
	)
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ResetOnDemandThroughput() {
	_jsii_.InvokeVoid(
		d,
		"resetOnDemandThroughput",
		nil, // no parameters
	)
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ResetRangeKey() {
	_jsii_.InvokeVoid(
		d,
		"resetRangeKey",
		nil, // no parameters
	)
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ResetReadCapacity() {
	_jsii_.InvokeVoid(
		d,
		"resetReadCapacity",
		nil, // no parameters
	)
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ResetWriteCapacity() {
	_jsii_.InvokeVoid(
		d,
		"resetWriteCapacity",
		nil, // no parameters
	)
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) Resolve(_context cdktf.IResolveContext) interface{} {
	if err := d.validateResolveParameters(_context); err != nil {
		panic(err)
	}
	var returns interface{}

	_jsii_.Invoke(
		d,
		"resolve",
		[]interface{}{_context},
		&returns,
	)

	return returns
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) ToString() *string {
	var returns *string

	_jsii_.Invoke(
		d,
		"toString",
		nil, // no parameters
		&returns,
	)

	return returns
}

