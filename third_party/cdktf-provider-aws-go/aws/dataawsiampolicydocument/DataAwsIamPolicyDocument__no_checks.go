// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dataawsiampolicydocument

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsIamPolicyDocument) validatePutStatementParameters(value interface{}) error {
	return nil
}

func validateDataAwsIamPolicyDocument_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataAwsIamPolicyDocument_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataAwsIamPolicyDocument_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataAwsIamPolicyDocument_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocument) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocument) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocument) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocument) validateSetOverrideJsonParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocument) validateSetOverridePolicyDocumentsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocument) validateSetPolicyIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocument) validateSetSourceJsonParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocument) validateSetSourcePolicyDocumentsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DataAwsIamPolicyDocument) validateSetVersionParameters(val *string) error {
	return nil
}

func validateNewDataAwsIamPolicyDocumentParameters(scope constructs.Construct, id *string, config *DataAwsIamPolicyDocumentConfig) error {
	return nil
}

