// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dynamodbtable

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (d *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateSetInternalValueParameters(val *DynamodbTableGlobalSecondaryIndexOnDemandThroughput) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateSetMaxReadRequestUnitsParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateSetMaxWriteRequestUnitsParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewDynamodbTableGlobalSecondaryIndexOnDemandThroughputOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

