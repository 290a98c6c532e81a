// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dynamodbtable

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validatePutOnDemandThroughputParameters(value *DynamodbTableGlobalSecondaryIndexOnDemandThroughput) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetHashKeyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetNonKeyAttributesParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetProjectionTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetRangeKeyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetReadCapacityParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOutputReference) validateSetWriteCapacityParameters(val *float64) error {
	return nil
}

func validateNewDynamodbTableGlobalSecondaryIndexOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

