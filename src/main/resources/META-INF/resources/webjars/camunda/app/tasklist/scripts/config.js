/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Jenjang's copy of the Tasklist config.js from camunda-webapp-webjar 7.24.0. The application's classes
// come before the webjar on the classpath, so this file is served instead of the original. Changes from the
// original: app name, locales (Bahasa Indonesia only, see below), two custom scripts (see customScripts) and
// the shortcut descriptions in Indonesian (the shortcut help dialog shows them as they are, without
// translation). Compare with the webjar's file when upgrading Camunda. The labels themselves are in
// ../locales/id.json.

export default {
  // the header and the browser tab show "<vendor> <name>"
  app: {
    name: 'Tasklist',
    vendor: 'Jenjang'
  },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Tasklist picks the browser's first language if it is listed here, else the fallback. Many civil
  // servants' browsers are set to English, so listing "en" would give them English: only "id" is offered,
  // and everybody gets Bahasa Indonesia. Tasklist has no language switch of its own.
  locales: {
    availableLocales: ['id'],
    fallbackLocale: 'id'
  },
  // paths relative to the 'tasklist' folder: scripts/jenjang/dialog-errors.js shows a start form's refusal,
  // scripts/jenjang/form-texts.js puts the form renderer's own messages ("Field is required.") in Indonesian
  customScripts: ['scripts/jenjang/dialog-errors', 'scripts/jenjang/form-texts'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengklaim tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'memindahkan fokus ke filter pertama dalam daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'memindahkan fokus ke tugas pertama dalam daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'memindahkan fokus ke kolom isian pertama pada formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka dialog untuk memulai proses'
    }
  }
};
