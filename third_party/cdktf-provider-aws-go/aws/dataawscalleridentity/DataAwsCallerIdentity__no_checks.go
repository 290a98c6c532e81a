// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dataawscalleridentity

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataAwsCallerIdentity) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataAwsCallerIdentity) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsCallerIdentity) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsCallerIdentity) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsCallerIdentity) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsCallerIdentity) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsCallerIdentity) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsCallerIdentity) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsCallerIdentity) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsCallerIdentity) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsCallerIdentity) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsCallerIdentity) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataAwsCallerIdentity_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataAwsCallerIdentity_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataAwsCallerIdentity_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataAwsCallerIdentity_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsCallerIdentity) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsCallerIdentity) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsCallerIdentity) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func validateNewDataAwsCallerIdentityParameters(scope constructs.Construct, id *string, config *DataAwsCallerIdentityConfig) error {
	return nil
}

